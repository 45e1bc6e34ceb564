# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Boolean, comparison and match precedence.
x = a || b && c == d and not e or f < g
# CHECK: {:=, [], [{:x, [], nil}, {:or, [], [{:||, [], [{:a, [], nil}, {:and, [], [{:&&, [], [{:b, [], nil}, {:==, [], [{:c, [], nil}, {:d, [], nil}]}]}, {:not, [], [{:e, [], nil}]}]}]}, {:<, [], [{:f, [], nil}, {:g, [], nil}]}]}]}
