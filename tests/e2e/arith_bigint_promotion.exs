# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Small integers overflow into big integers on +, - and *.
x = 4_611_686_018_427_387_903
IO.inspect(x + 1)
IO.inspect(-x - 2)
IO.inspect(x * x)
IO.inspect(2 ** 64 - 2 ** 64)
IO.inspect(div(10 ** 30, 10 ** 28))

# CHECK: 4611686018427387904
# CHECK-NEXT: -4611686018427387905
# CHECK-NEXT: 21267647932558653957237540927630737409
# CHECK-NEXT: 0
# CHECK-NEXT: 100
