# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Map.merge/2,3 (the function resolves conflicts), Map.equal?/2.
IO.inspect Map.merge(%{a: 1, b: 2}, %{a: 3, d: 4})
IO.inspect Map.merge(%{a: 1, b: 2}, %{b: 3, c: 4}, fn _k, v1, v2 -> v1 + v2 end)
IO.inspect Map.merge(%{a: 1, b: 2, c: 3, d: 4}, %{b: 3}, fn k, v1, v2 -> {k, v1, v2} end)
IO.inspect Map.merge(%{b: 3}, %{a: 1, b: 2, c: 3, d: 4}, fn k, v1, v2 -> {k, v1, v2} end)
IO.inspect Map.merge(%{}, %{a: 1}, fn _, _, _ -> :never end)
IO.inspect Map.equal?(%{a: 1, b: 2}, %{b: 2, a: 1})
IO.inspect Map.equal?(%{a: 1, b: 2}, %{b: 1, a: 2})
IO.inspect Map.equal?(%{a: 1}, %{a: 1.0})
# CHECK: %{a: 3, b: 2, d: 4}
# CHECK-NEXT: %{a: 1, b: 5, c: 4}
# CHECK-NEXT: %{a: 1, b: {:b, 2, 3}, c: 3, d: 4}
# CHECK-NEXT: %{a: 1, b: {:b, 3, 2}, c: 3, d: 4}
# CHECK-NEXT: %{a: 1}
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: false
