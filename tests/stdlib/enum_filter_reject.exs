# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.filter/2 and Enum.reject/2 (truthiness, not booleans).
IO.inspect Enum.filter([1, 2, 3], fn x -> rem(x, 2) == 0 end)
IO.inspect Enum.filter([1, nil, 2, false, 3], & &1)
IO.inspect Enum.filter(1..10, &(rem(&1, 3) == 0))
IO.inspect Enum.filter(%{a: 1, b: 2, c: 3}, fn {_, v} -> v > 1 end)
IO.inspect Enum.reject([1, 2, 3], fn x -> rem(x, 2) == 0 end)
IO.inspect Enum.reject(1..6, &(&1 > 3))
IO.inspect Enum.reject([nil, 1], & &1)
# CHECK: [2]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [3, 6, 9]
# CHECK-NEXT: [b: 2, c: 3]
# CHECK-NEXT: [1, 3]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [nil]
