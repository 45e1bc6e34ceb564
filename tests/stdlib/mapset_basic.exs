# RUN: %athanor run %s | FileCheck --match-full-lines %s
# MapSet.new/0,1,2, put/2, delete/2, member?/2, size/1, to_list/1 and inspect.
s = MapSet.new([3, 1, 2, 1])
IO.inspect s
IO.inspect MapSet.new()
IO.inspect MapSet.new(1..3, &(&1 * 3))
IO.inspect MapSet.new(s) == s
IO.inspect MapSet.put(s, 0)
IO.inspect MapSet.put(s, 1)
IO.inspect MapSet.delete(s, 1)
IO.inspect MapSet.delete(s, 9)
IO.inspect MapSet.member?(s, 2)
IO.inspect MapSet.member?(s, 2.0)
IO.inspect MapSet.size(s)
IO.inspect MapSet.to_list(s)
IO.inspect MapSet.new([1, 1.0, :a, "a"])
IO.inspect Enum.map(s, &(&1 * 10))
IO.inspect Enum.sum(s)
# CHECK: MapSet.new([1, 2, 3])
# CHECK-NEXT: MapSet.new([])
# CHECK-NEXT: MapSet.new([3, 6, 9])
# CHECK-NEXT: true
# CHECK-NEXT: MapSet.new([0, 1, 2, 3])
# CHECK-NEXT: MapSet.new([1, 2, 3])
# CHECK-NEXT: MapSet.new([2, 3])
# CHECK-NEXT: MapSet.new([1, 2, 3])
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: 3
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: MapSet.new([1, 1.0, :a, "a"])
# CHECK-NEXT: [10, 20, 30]
# CHECK-NEXT: 6
