# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.member?/2 uses strict comparison; `in` outside guards calls it.
IO.inspect Enum.member?(1..10, 5)
IO.inspect Enum.member?(1..10, 5.0)
IO.inspect Enum.member?(1..10//2, 4)
IO.inspect Enum.member?(10..1//-3, 4)
IO.inspect Enum.member?([1.0, 2.0, 3.0], 2)
IO.inspect Enum.member?([1.0, 2.0, 3.0], 2.000)
IO.inspect Enum.member?([:a, :b, :c], :d)
IO.inspect Enum.member?(%{a: 1}, {:a, 1})
IO.inspect Enum.member?(%{a: 1}, {:a, 1.0})
IO.inspect Enum.member?(%{a: 1}, :a)
IO.inspect Enum.member?(MapSet.new([1, 2]), 2)
x = 3
IO.inspect x in [1, 2, 3]
IO.inspect x in 5..10
IO.inspect x not in MapSet.new([3])
# CHECK: true
# CHECK-NEXT: false
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: false
