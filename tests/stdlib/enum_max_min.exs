# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.max/1,2,3 and Enum.min/1,2,3: sorters, modules and empty fallbacks.
defmodule ByLength do
  def compare(a, b) do
    cond do
      String.length(a) < String.length(b) -> :lt
      String.length(a) > String.length(b) -> :gt
      true -> :eq
    end
  end
end

IO.inspect Enum.max([1, 2, 3])
IO.inspect Enum.max([1, 3.0, 3])
IO.inspect Enum.max([1, 3, 3.0])
IO.inspect Enum.max([], fn -> 0 end)
IO.inspect Enum.max([1, 5, 3], &>=/2, fn -> :empty end)
IO.inspect Enum.max(["aa", "b", "ccc", "dd"], ByLength)
IO.inspect Enum.max([1, 2, 3], &<=/2)
IO.inspect Enum.max(1..10//4)
IO.inspect Enum.max(10..1)
IO.inspect Enum.max(%{a: 1, b: 0})
IO.inspect Enum.min([3, 1, 2])
IO.inspect Enum.min([3, 1.0, 1])
IO.inspect Enum.min([], fn -> :none end)
IO.inspect Enum.min(["aa", "b", "ccc", "d"], ByLength)
IO.inspect Enum.min(10..1//-4)
IO.inspect Enum.min(MapSet.new([5, 2, 8]))
# CHECK: 3
# CHECK-NEXT: 3.0
# CHECK-NEXT: 3
# CHECK-NEXT: 0
# CHECK-NEXT: 5
# CHECK-NEXT: "ccc"
# CHECK-NEXT: 1
# CHECK-NEXT: 9
# CHECK-NEXT: 10
# CHECK-NEXT: {:b, 0}
# CHECK-NEXT: 1
# CHECK-NEXT: 1.0
# CHECK-NEXT: :none
# CHECK-NEXT: "b"
# CHECK-NEXT: 2
# CHECK-NEXT: 2
