# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.sort/1,2 with :asc, :desc, functions and compare modules; sorting is stable.
defmodule Rev do
  def compare(a, b) when a > b, do: :lt
  def compare(a, b) when a < b, do: :gt
  def compare(_, _), do: :eq
end

IO.inspect Enum.sort([3, 2, 1])
IO.inspect Enum.sort([2, 3, 1], :asc)
IO.inspect Enum.sort([2, 3, 1], :desc)
IO.inspect Enum.sort([1, 2, 3], &(&1 >= &2))
IO.inspect Enum.sort(["some", "kind", "of", "monster"], &(byte_size(&1) <= byte_size(&2)))
IO.inspect Enum.sort([2.0, 1, 2], :desc)
IO.inspect Enum.sort([1, 1.0], :desc)
IO.inspect Enum.sort([1.0, 1])
IO.inspect Enum.sort(1..5, :desc)
IO.inspect Enum.sort(%{b: 1, a: 2}, fn {_, x}, {_, y} -> x <= y end)
IO.inspect Enum.sort([3, 1, 2], Rev)
IO.inspect Enum.sort([3, 1, 2], {:desc, Rev})
IO.inspect Enum.sort([3, 1, 2], {:asc, Rev})
IO.inspect Enum.sort([:b, 1, "a", {1}, [1], 1.5, %{}])
IO.inspect Enum.sort([])
# CHECK: [1, 2, 3]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [3, 2, 1]
# CHECK-NEXT: [3, 2, 1]
# CHECK-NEXT: ["of", "some", "kind", "monster"]
# CHECK-NEXT: [2.0, 2, 1]
# CHECK-NEXT: [1, 1.0]
# CHECK-NEXT: [1.0, 1]
# CHECK-NEXT: [5, 4, 3, 2, 1]
# CHECK-NEXT: [b: 1, a: 2]
# CHECK-NEXT: [3, 2, 1]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [3, 2, 1]
# CHECK-NEXT: [1, 1.5, :b, {1}, %{}, [1], "a"]
# CHECK-NEXT: []
