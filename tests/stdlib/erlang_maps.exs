# RUN: %athanor run %s | FileCheck --match-full-lines %s
# The :maps functions written in the stdlib (fold, map, filter, update_with, merge_with, ...).
IO.inspect :maps.fold(fn k, v, acc -> [{k, v} | acc] end, [], %{a: 1, b: 2})
IO.inspect :maps.map(fn _k, v -> v * 2 end, %{a: 1, b: 2})
IO.inspect :maps.filter(fn _k, v -> v > 1 end, %{a: 1, b: 2})
IO.inspect :maps.filtermap(fn _k, v -> if v > 1, do: {true, v * 5}, else: false end, %{a: 1, b: 2})
IO.inspect :maps.update_with(:a, &(&1 + 1), %{a: 1})
IO.inspect :maps.update_with(:z, &(&1 + 1), 0, %{a: 1})
IO.inspect :maps.merge_with(fn _k, a, b -> a + b end, %{a: 1}, %{a: 2, b: 3})
IO.inspect :maps.intersect(%{a: 1, b: 2}, %{a: 3})
IO.inspect :maps.intersect_with(fn _k, a, b -> a + b end, %{a: 1, b: 2}, %{a: 3})
IO.inspect :maps.groups_from_list(&rem(&1, 2), [1, 2, 3])
# CHECK: [b: 2, a: 1]
# CHECK-NEXT: %{a: 2, b: 4}
# CHECK-NEXT: %{b: 2}
# CHECK-NEXT: %{b: 10}
# CHECK-NEXT: %{a: 2}
# CHECK-NEXT: %{a: 1, z: 0}
# CHECK-NEXT: %{a: 3, b: 3}
# CHECK-NEXT: %{a: 3}
# CHECK-NEXT: %{a: 4}
# CHECK-NEXT: %{0 => [2], 1 => [1, 3]}
