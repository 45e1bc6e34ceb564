# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Integer.extended_gcd/2 returns Bezout coefficients like Elixir.
for {a, b} <- [{240, 46}, {0, 0}, {0, 5}, {5, 0}, {0, -5}, {-5, 0}, {5, 5}, {-10, 4}, {10, -4},
               {17, 5}, {-7, -21}, {1_000_000_007, 998_244_353}] do
  IO.inspect Integer.extended_gcd(a, b)
end
# CHECK: {2, -9, 47}
# CHECK-NEXT: {0, 0, 0}
# CHECK-NEXT: {5, 0, 1}
# CHECK-NEXT: {5, 1, 0}
# CHECK-NEXT: {-5, 0, 1}
# CHECK-NEXT: {-5, 1, 0}
# CHECK-NEXT: {5, 0, 1}
# CHECK-NEXT: {2, -1, -2}
# CHECK-NEXT: {2, 1, 2}
# CHECK-NEXT: {1, -2, 7}
# CHECK-NEXT: {7, -1, 0}
# CHECK-NEXT: {1, -4915446, 4924091}
