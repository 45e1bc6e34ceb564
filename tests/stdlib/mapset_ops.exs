# RUN: %athanor run %s | FileCheck --match-full-lines %s
# MapSet.union/2, intersection/2, difference/2, symmetric_difference/2, subset?/2, disjoint?/2, equal?/2.
a = MapSet.new([1, 2, 3])
b = MapSet.new([2, 3, 4])
IO.inspect MapSet.union(a, b)
IO.inspect MapSet.intersection(a, b)
IO.inspect MapSet.difference(a, b)
IO.inspect MapSet.difference(b, a)
IO.inspect MapSet.symmetric_difference(a, b)
IO.inspect MapSet.subset?(MapSet.new([1, 2]), a)
IO.inspect MapSet.subset?(a, MapSet.new([1, 2]))
IO.inspect MapSet.subset?(MapSet.new(), a)
IO.inspect MapSet.disjoint?(a, b)
IO.inspect MapSet.disjoint?(a, MapSet.new([5, 6]))
IO.inspect MapSet.equal?(a, MapSet.new([3, 2, 1]))
IO.inspect MapSet.equal?(MapSet.new([1]), MapSet.new([1.0]))
IO.inspect a == MapSet.new([3, 2, 1])
# CHECK: MapSet.new([1, 2, 3, 4])
# CHECK-NEXT: MapSet.new([2, 3])
# CHECK-NEXT: MapSet.new([1])
# CHECK-NEXT: MapSet.new([4])
# CHECK-NEXT: MapSet.new([1, 4])
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
