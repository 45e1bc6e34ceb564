# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.all?/1,2 and Enum.any?/1,2 on lists, ranges, maps and empty collections.
IO.inspect Enum.all?([2, 4, 6], fn x -> rem(x, 2) == 0 end)
IO.inspect Enum.all?([2, 3, 4], fn x -> rem(x, 2) == 0 end)
IO.inspect Enum.all?([], fn _ -> false end)
IO.inspect Enum.all?([1, nil, 3])
IO.inspect Enum.all?([1, 2, 3])
IO.inspect Enum.all?(1..5, &(&1 < 10))
IO.inspect Enum.all?(%{a: 1, b: 2}, fn {_k, v} -> v > 0 end)
IO.inspect Enum.any?([2, 4, 6], fn x -> rem(x, 2) == 1 end)
IO.inspect Enum.any?([false, nil, 0])
IO.inspect Enum.any?([false, nil])
IO.inspect Enum.any?([])
IO.inspect Enum.any?(1..1_000_000_000, &(&1 == 3))
IO.inspect Enum.any?(MapSet.new([1, 2]), &(&1 == 2))
# CHECK: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: true
