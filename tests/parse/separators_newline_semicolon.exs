# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Newlines and `;` separate expressions; a file of several is a __block__.
a = 1; b = 2
c = a + b
# CHECK: {:__block__, [], [{:=, [], [{:a, [], nil}, 1]}, {:=, [], [{:b, [], nil}, 2]}, {:=, [], [{:c, [], nil}, {:+, [], [{:a, [], nil}, {:b, [], nil}]}]}]}
