# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Float.pow/2, max_finite/0, min_finite/0 and to_charlist/1.
IO.inspect Float.pow(2.0, 3)
IO.inspect Float.pow(4.0, 0.5)
IO.inspect Float.pow(2.0, -1)
IO.inspect Float.pow(-8.0, 2.0)
IO.inspect Float.max_finite()
IO.inspect Float.min_finite()
IO.inspect Float.to_charlist(1.5)
IO.inspect Float.to_charlist(7.0)
try do
  Float.pow(-8.0, 0.5)
rescue
  e in ArithmeticError -> IO.puts(Exception.message(e))
end
# CHECK: 8.0
# CHECK-NEXT: 2.0
# CHECK-NEXT: 0.5
# CHECK-NEXT: 64.0
# CHECK-NEXT: 1.7976931348623157e308
# CHECK-NEXT: -1.7976931348623157e308
# CHECK-NEXT: '1.5'
# CHECK-NEXT: '7.0'
# CHECK-NEXT: bad argument in arithmetic expression
