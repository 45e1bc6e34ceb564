# RUN: not %athanor run %s 2>&1 | FileCheck %s
# The pin operator only makes sense in patterns.
x = 1
IO.inspect(^x)
# CHECK: pin_outside_pattern.exs:[[@LINE-1]]:12: error: cannot use ^x outside of match clauses
