# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# ::, |, when, <- and \\ from loosest up.
a <- b when c :: d | e
# CHECK: {:<-, [], [{:a, [], nil}, {:when, [], [{:b, [], nil}, {:"::", [], [{:c, [], nil}, {:|, [], [{:d, [], nil}, {:e, [], nil}]}]}]}]}
