# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Map.update/4, update!/3, replace/3, replace!/3, replace_lazy/3, put_new/3, put_new_lazy/3.
m = %{a: 1}
IO.inspect Map.update(m, :a, 13, &(&1 * 2))
IO.inspect Map.update(m, :b, 11, &(&1 * 2))
IO.inspect Map.update!(m, :a, &(&1 * 2))
IO.inspect Map.replace(m, :a, 3)
IO.inspect Map.replace(m, :b, 2)
IO.inspect Map.replace!(m, :a, 3)
IO.inspect Map.replace_lazy(m, :a, fn v -> v * 4 end)
IO.inspect Map.replace_lazy(m, :b, fn v -> v * 4 end)
IO.inspect Map.put_new(m, :b, 2)
IO.inspect Map.put_new(m, :a, 3)
IO.inspect Map.put_new_lazy(m, :b, fn -> 13 end)
IO.inspect Map.put_new_lazy(m, :a, fn -> 13 end)
# CHECK: %{a: 2}
# CHECK-NEXT: %{a: 1, b: 11}
# CHECK-NEXT: %{a: 2}
# CHECK-NEXT: %{a: 3}
# CHECK-NEXT: %{a: 1}
# CHECK-NEXT: %{a: 3}
# CHECK-NEXT: %{a: 4}
# CHECK-NEXT: %{a: 1}
# CHECK-NEXT: %{a: 1, b: 2}
# CHECK-NEXT: %{a: 1}
# CHECK-NEXT: %{a: 1, b: 13}
# CHECK-NEXT: %{a: 1}
