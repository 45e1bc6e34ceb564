# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.sum/1 and Enum.product/1 over integers, floats and ranges.
IO.inspect Enum.sum([1, 2, 3])
IO.inspect Enum.sum([1, 2.5])
IO.inspect Enum.sum([])
IO.inspect Enum.sum(1..100)
IO.inspect Enum.sum(1..10//3)
IO.inspect Enum.sum(10..1//-3)
IO.inspect Enum.sum(1..0//1)
IO.inspect Enum.sum(-5..5)
IO.inspect Enum.sum(1..1_000_000_000_000)
IO.inspect Enum.product([])
IO.inspect Enum.product([2, 3, 4])
IO.inspect Enum.product([2.0, 3.0, 4.0])
IO.inspect Enum.product(1..25)
try do
  Enum.sum([1, :a])
rescue
  e in ArithmeticError -> IO.puts(Exception.message(e))
end
# CHECK: 6
# CHECK-NEXT: 3.5
# CHECK-NEXT: 0
# CHECK-NEXT: 5050
# CHECK-NEXT: 22
# CHECK-NEXT: 22
# CHECK-NEXT: 0
# CHECK-NEXT: 0
# CHECK-NEXT: 500000000000500000000000
# CHECK-NEXT: 1
# CHECK-NEXT: 24
# CHECK-NEXT: 24.0
# CHECK-NEXT: 15511210043330985984000000
# CHECK-NEXT: bad argument in arithmetic expression
