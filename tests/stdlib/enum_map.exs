# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.map/2 and Enum.map_every/3.
IO.inspect Enum.map([1, 2, 3], fn x -> x * 2 end)
IO.inspect Enum.map([a: 1, b: 2], fn {k, v} -> {k, -v} end)
IO.inspect Enum.map(1..3, &(&1 * &1))
IO.inspect Enum.map(%{a: 1}, fn {k, v} -> {v, k} end)
IO.inspect Enum.map([], &(&1 + 1))
IO.inspect Enum.map_every(1..10, 2, fn x -> x + 1000 end)
IO.inspect Enum.map_every(1..10, 3, fn x -> x + 1000 end)
IO.inspect Enum.map_every(1..5, 0, fn x -> x + 1000 end)
IO.inspect Enum.map_every([1, 2, 3], 1, fn x -> x + 1000 end)
IO.inspect Enum.map_every([], 2, fn x -> x + 1000 end)
# CHECK: [2, 4, 6]
# CHECK-NEXT: [a: -1, b: -2]
# CHECK-NEXT: [1, 4, 9]
# CHECK-NEXT: [{1, :a}]
# CHECK-NEXT: []
# CHECK-NEXT: [1001, 2, 1003, 4, 1005, 6, 1007, 8, 1009, 10]
# CHECK-NEXT: [1001, 2, 3, 1004, 5, 6, 1007, 8, 9, 1010]
# CHECK-NEXT: [1, 2, 3, 4, 5]
# CHECK-NEXT: [1001, 1002, 1003]
# CHECK-NEXT: []
