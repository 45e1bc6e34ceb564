# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Mixed integer and float arithmetic and the two division operators.
IO.inspect(1 + 2.5)
IO.inspect(7 / 2)
IO.inspect(div(-7, 2))
IO.inspect(rem(-7, 2))
IO.inspect(10 * 1.1)
IO.inspect(abs(-3.5))

# CHECK: 3.5
# CHECK-NEXT: 3.5
# CHECK-NEXT: -3
# CHECK-NEXT: -1
# CHECK-NEXT: 11.0
# CHECK-NEXT: 3.5
