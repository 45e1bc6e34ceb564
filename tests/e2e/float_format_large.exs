# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Floats print shortest round-trip digits; exponent form from 1.0e16 and below 1.0e-4.
IO.inspect([1.0e15, 1.0e16, 9007199254740993.0, 123456789012345680.0, 0.0001, 0.00001, -2.5e-10])
IO.puts(1.0e22)
IO.puts("#{2.0 ** 60}")
require Integer
IO.inspect(Integer.is_even(4) and Integer.is_odd(3))

# CHECK: [1000000000000000.0, 1.0e16, 9007199254740992.0, 1.2345678901234568e17, 0.0001,
# CHECK-NEXT:  1.0e-5, -2.5e-10]
# CHECK-NEXT: 1.0e22
# CHECK-NEXT: 1.152921504606847e18
# CHECK-NEXT: true
