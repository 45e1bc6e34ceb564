# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.to_list/1 of ranges (stepped, decreasing, empty), maps and MapSets.
IO.inspect Enum.to_list(1..3)
IO.inspect Enum.to_list(3..1)
IO.inspect Enum.to_list(1..10//3)
IO.inspect Enum.to_list(10..1//-4)
IO.inspect Enum.to_list(1..0//1)
IO.inspect Enum.to_list(0..10//-1)
IO.inspect Enum.to_list(-2..2)
IO.inspect Enum.to_list(%{b: 2, a: 1})
IO.inspect Enum.to_list(MapSet.new([:c, :a, :b]))
IO.inspect Enum.to_list([1, 2])
# CHECK: [1, 2, 3]
# CHECK-NEXT: [3, 2, 1]
# CHECK-NEXT: [1, 4, 7, 10]
# CHECK-NEXT: [10, 6, 2]
# CHECK-NEXT: []
# CHECK-NEXT: []
# CHECK-NEXT: [-2, -1, 0, 1, 2]
# CHECK-NEXT: [a: 1, b: 2]
# CHECK-NEXT: [:a, :b, :c]
# CHECK-NEXT: [1, 2]
