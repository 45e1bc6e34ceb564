# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.into/2,3 into lists, maps, MapSets and binaries.
IO.inspect Enum.into([1, 2], [])
IO.inspect Enum.into([a: 1, b: 2], %{})
IO.inspect Enum.into(%{a: 1}, %{b: 2})
IO.inspect Enum.into([a: 1, a: 2], %{})
IO.inspect Enum.into(%{a: 1}, [])
IO.inspect Enum.into(1..3, MapSet.new([0, 1]))
IO.inspect Enum.into(["a", "b"], "x")
IO.inspect Enum.into(1..3, %{}, fn x -> {x, x * x} end)
IO.inspect Enum.into([2, 3], [3], fn x -> x * 3 end)
IO.inspect Enum.into(%{a: 1, b: 2}, %{c: 3}, fn {k, v} -> {k, v * 2} end)
IO.inspect Enum.into([1, 2], MapSet.new(), &(&1 * 10))
# CHECK: [1, 2]
# CHECK-NEXT: %{a: 1, b: 2}
# CHECK-NEXT: %{a: 1, b: 2}
# CHECK-NEXT: %{a: 2}
# CHECK-NEXT: [a: 1]
# CHECK-NEXT: MapSet.new([0, 1, 2, 3])
# CHECK-NEXT: "xab"
# CHECK-NEXT: %{1 => 1, 2 => 4, 3 => 9}
# CHECK-NEXT: [3, 6, 9]
# CHECK-NEXT: %{a: 2, b: 4, c: 3}
# CHECK-NEXT: MapSet.new([10, 20])
