# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# An operator at the end of a line continues the expression.
x = 1 +
  2 *
  3
# CHECK: {:=, [], [{:x, [], nil}, {:+, [], [1, {:*, [], [2, 3]}]}]}
