# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.count/1,2 and Enum.count_until/2,3.
IO.inspect Enum.count([1, 2, 3])
IO.inspect Enum.count([])
IO.inspect Enum.count(1..10//3)
IO.inspect Enum.count(10..1)
IO.inspect Enum.count(1..0//1)
IO.inspect Enum.count(%{a: 1, b: 2})
IO.inspect Enum.count(MapSet.new([1, 1, 2]))
IO.inspect Enum.count([1, 2, 3, 4, 5], fn x -> rem(x, 2) == 0 end)
IO.inspect Enum.count_until(1..20, 5)
IO.inspect Enum.count_until(1..20, 50)
IO.inspect Enum.count_until([1, 2, 3], 2)
IO.inspect Enum.count_until([1, 2, 3], 10)
IO.inspect Enum.count_until(1..20, fn x -> rem(x, 2) == 0 end, 7)
IO.inspect Enum.count_until(1..20, fn x -> rem(x, 2) == 0 end, 11)
# CHECK: 3
# CHECK-NEXT: 0
# CHECK-NEXT: 4
# CHECK-NEXT: 10
# CHECK-NEXT: 0
# CHECK-NEXT: 2
# CHECK-NEXT: 2
# CHECK-NEXT: 2
# CHECK-NEXT: 5
# CHECK-NEXT: 20
# CHECK-NEXT: 2
# CHECK-NEXT: 3
# CHECK-NEXT: 7
# CHECK-NEXT: 10
