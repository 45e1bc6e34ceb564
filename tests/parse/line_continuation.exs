# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# A backslash before a newline continues the line.
x = 1 + \
  2
# CHECK: {:=, [], [{:x, [], nil}, {:+, [], [1, 2]}]}
