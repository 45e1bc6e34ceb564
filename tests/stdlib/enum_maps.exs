# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enumerating maps yields {key, value} tuples (small maps in key order).
m = %{c: 3, a: 1, b: 2}
IO.inspect Enum.map(m, fn {k, v} -> {k, v * 10} end)
IO.inspect Enum.filter(m, fn {_, v} -> v != 2 end)
IO.inspect Enum.reduce(m, [], fn {k, _}, acc -> [k | acc] end)
IO.inspect Enum.sort_by(m, fn {_, v} -> -v end)
IO.inspect Enum.into(m, %{d: 4})
IO.inspect Enum.count(m)
IO.inspect Enum.find(m, fn {_, v} -> v > 1 end)
IO.inspect Enum.with_index(%{1 => :one, 2 => :two})
IO.inspect Enum.map(%{"b" => 1, "a" => 2, 1 => 3, :z => 4}, fn {k, _} -> k end)
# CHECK: [a: 10, b: 20, c: 30]
# CHECK-NEXT: [a: 1, c: 3]
# CHECK-NEXT: [:c, :b, :a]
# CHECK-NEXT: [c: 3, b: 2, a: 1]
# CHECK-NEXT: %{a: 1, b: 2, c: 3, d: 4}
# CHECK-NEXT: 3
# CHECK-NEXT: {:b, 2}
# CHECK-NEXT: [{{\{\{}}1, :one}, 0}, {{\{\{}}2, :two}, 1}]
# CHECK-NEXT: [1, :z, "a", "b"]
