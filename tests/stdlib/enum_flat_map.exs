# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.flat_map/2 (lists and other enumerables as results) and Enum.flat_map_reduce/3.
IO.inspect Enum.flat_map([:a, :b, :c], fn x -> [x, x] end)
IO.inspect Enum.flat_map([{1, 3}, {4, 6}], fn {x, y} -> x..y end)
IO.inspect Enum.flat_map([:a, :b, :c], fn x -> [[x]] end)
IO.inspect Enum.flat_map(1..3, fn x -> %{x => x * x} end)
IO.inspect Enum.flat_map([], fn x -> [x] end)
n = 3
IO.inspect Enum.flat_map_reduce(1..100, 0, fn x, acc ->
  if acc < n, do: {[x], acc + 1}, else: {:halt, acc}
end)
IO.inspect Enum.flat_map_reduce(1..5, 0, fn x, acc -> {[[x]], acc + x} end)
IO.inspect Enum.flat_map_reduce([1, 2, 3], [], fn x, acc -> {[x, x], [x | acc]} end)
IO.inspect Enum.flat_map_reduce([1, 2], 0, fn x, acc -> {x..(x + 1), acc + 1} end)
# CHECK: [:a, :a, :b, :b, :c, :c]
# CHECK-NEXT: [1, 2, 3, 4, 5, 6]
# CHECK-NEXT: {{\[\[}}:a], [:b], [:c]]
# CHECK-NEXT: [{1, 1}, {2, 4}, {3, 9}]
# CHECK-NEXT: []
# CHECK-NEXT: {[1, 2, 3], 3}
# CHECK-NEXT: {{{\[\[}}1], [2], [3], [4], [5]], 15}
# CHECK-NEXT: {[1, 1, 2, 2, 3, 3], [3, 2, 1]}
# CHECK-NEXT: {[1, 2, 2, 3], 2}
