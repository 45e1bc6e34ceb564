# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# `a not in b` and the deprecated `not a in b` are not(a in b).
a not in b
not a in b
# CHECK: {:__block__, [], [{:not, [], [{:in, [], [{:a, [], nil}, {:b, [], nil}]}]}, {:not, [], [{:in, [], [{:a, [], nil}, {:b, [], nil}]}]}]}
