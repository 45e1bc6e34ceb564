# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Arithmetic precedence and associativity.
a + b * c - d / e ** f ** g
# CHECK: {:-, [], [{:+, [], [{:a, [], nil}, {:*, [], [{:b, [], nil}, {:c, [], nil}]}]}, {:/, [], [{:d, [], nil}, {:**, [], [{:**, [], [{:e, [], nil}, {:f, [], nil}]}, {:g, [], nil}]}]}]}
