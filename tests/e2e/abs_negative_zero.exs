# RUN: %athanor run %s | FileCheck --match-full-lines %s
# abs/1 keeps the sign of -0.0 (OTP 25's erlang:abs only negates values below zero).
IO.inspect(abs(-0.0))
IO.inspect(abs(0.0))
IO.inspect(abs(-2.5))
IO.inspect(abs(-7))
IO.inspect(Enum.map([-1.5, -0.0, 3], &abs/1))

# CHECK: -0.0
# CHECK-NEXT: 0.0
# CHECK-NEXT: 2.5
# CHECK-NEXT: 7
# CHECK-NEXT: [1.5, -0.0, 3]
