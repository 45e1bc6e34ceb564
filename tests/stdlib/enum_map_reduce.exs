# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.map_reduce/3 on lists, ranges and maps.
IO.inspect Enum.map_reduce([1, 2, 3], 0, fn x, acc -> {x * 2, x + acc} end)
IO.inspect Enum.map_reduce(1..4, 1, fn x, acc -> {acc, acc * x} end)
IO.inspect Enum.map_reduce(%{a: 1, b: 2}, [], fn {k, v}, acc -> {k, [v | acc]} end)
IO.inspect Enum.map_reduce([], :acc, fn x, acc -> {x, acc} end)
# CHECK: {[2, 4, 6], 6}
# CHECK-NEXT: {[1, 1, 2, 6], 24}
# CHECK-NEXT: {[:a, :b], [2, 1]}
# CHECK-NEXT: {[], :acc}
