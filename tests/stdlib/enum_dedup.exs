# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.dedup/1 (strict comparison) and Enum.dedup_by/2.
IO.inspect Enum.dedup([1, 2, 3, 3, 2, 1])
IO.inspect Enum.dedup([1, 1, 2, 2.0, :three, :three])
IO.inspect Enum.dedup([])
IO.inspect Enum.dedup(1..3)
IO.inspect Enum.dedup_by([{1, :a}, {2, :b}, {2, :c}, {1, :a}], fn {x, _} -> x end)
IO.inspect Enum.dedup_by([5, 1, 2, 3, 2, 1], fn x -> x > 2 end)
# CHECK: [1, 2, 3, 2, 1]
# CHECK-NEXT: [1, 2, 2.0, :three]
# CHECK-NEXT: []
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [{1, :a}, {2, :b}, {1, :a}]
# CHECK-NEXT: [5, 1, 3, 2]
