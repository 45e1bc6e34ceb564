# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Comb do
  def combinations(_, 0), do: [[]]
  def combinations([], _), do: []
  def combinations([h | t], k), do: Enum.map(combinations(t, k - 1), &[h | &1]) ++ combinations(t, k)
  def powerset([]), do: [[]]
  def powerset([h | t]), do: (ps = powerset(t); ps ++ Enum.map(ps, &[h | &1]))
  def cartesian(lists), do: Enum.reduce(Enum.reverse(lists), [[]], fn l, acc -> for x <- l, rest <- acc, do: [x | rest] end)
end
IO.inspect(Comb.combinations([1, 2, 3, 4], 2))
IO.inspect(length(Comb.combinations(Enum.to_list(1..10), 4)))
IO.inspect(Comb.powerset([:a, :b, :c]) |> Enum.sort_by(&{length(&1), &1}))
IO.inspect(Comb.cartesian([[1, 2], [:x, :y], ["p"]]))
a = MapSet.new(1..10)
b = MapSet.new(5..15)
evens = MapSet.new(Enum.filter(1..20, &(rem(&1, 2) == 0)))
IO.inspect(MapSet.intersection(a, b) |> MapSet.to_list())
IO.inspect(MapSet.union(a, b) |> MapSet.size())
IO.inspect(MapSet.difference(a, evens) |> Enum.to_list())
IO.inspect(MapSet.symmetric_difference(a, b) |> Enum.sort()) 
IO.inspect(MapSet.subset?(MapSet.new([2, 4]), evens))
IO.inspect(MapSet.equal?(MapSet.new([1, 2]), MapSet.new([2, 1])))
IO.inspect(Enum.filter(a, &MapSet.member?(evens, &1)))
IO.inspect(MapSet.new(["b", "a", "c"]) |> Enum.map(&String.upcase/1))
IO.inspect(MapSet.delete(MapSet.new([1, 2, 3]), 2))
IO.inspect(MapSet.put(MapSet.new(), {:tuple, 1}))
IO.inspect(Enum.into([3, 3, 1], MapSet.new()))
IO.inspect(MapSet.new([1, 2, 3], &(&1 * 10)))
IO.inspect(MapSet.filter(MapSet.new(1..6), &(&1 > 3)))
words = ~w(listen silent enlist google elgoog inlets banana)
anagrams = words |> Enum.group_by(&(&1 |> String.graphemes() |> Enum.sort() |> Enum.join())) |> Map.values() |> Enum.filter(&(length(&1) > 1))
IO.inspect(Enum.sort(anagrams))
IO.inspect(for x <- 1..4, y <- 1..4, x < y, do: {x, y})
IO.inspect(Enum.flat_map(1..3, fn i -> Enum.map(1..i, &{i, &1}) end))
IO.inspect(Stream.iterate([1], fn row -> Enum.zip_with([0 | row], row ++ [0], &+/2) end) |> Enum.take(6))

# CHECK: {{\[\[}}1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4]]
# CHECK-NEXT: 210
# CHECK-NEXT: {{\[\[}}], [:a], [:b], [:c], [:a, :b], [:a, :c], [:b, :c], [:a, :b, :c]]
# CHECK-NEXT: {{\[\[}}1, :x, "p"], [1, :y, "p"], [2, :x, "p"], [2, :y, "p"]]
# CHECK-NEXT: [5, 6, 7, 8, 9, 10]
# CHECK-NEXT: 15
# CHECK-NEXT: [1, 3, 5, 7, 9]
# CHECK-NEXT: [1, 2, 3, 4, 11, 12, 13, 14, 15]
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: [2, 4, 6, 8, 10]
# CHECK-NEXT: ["A", "B", "C"]
# CHECK-NEXT: MapSet.new([1, 3])
# CHECK-NEXT: MapSet.new([tuple: 1])
# CHECK-NEXT: MapSet.new([1, 3])
# CHECK-NEXT: MapSet.new([10, 20, 30])
# CHECK-NEXT: MapSet.new([4, 5, 6])
# CHECK-NEXT: {{\[\[}}"google", "elgoog"], ["listen", "silent", "enlist", "inlets"]]
# CHECK-NEXT: [{1, 2}, {1, 3}, {1, 4}, {2, 3}, {2, 4}, {3, 4}]
# CHECK-NEXT: [{1, 1}, {2, 1}, {2, 2}, {3, 1}, {3, 2}, {3, 3}]
# CHECK-NEXT: {{\[\[}}1], [1, 1], [1, 2, 1], [1, 3, 3, 1], [1, 4, 6, 4, 1], [1, 5, 10, 10, 5, 1]]
