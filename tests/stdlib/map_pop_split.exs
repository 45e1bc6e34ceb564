# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Map.delete/2, drop/2, take/2, split/2, pop/2,3, pop!/2 and pop_lazy/3.
m = %{a: 1, b: 2, c: 3}
IO.inspect Map.delete(m, :a)
IO.inspect Map.delete(m, :z)
IO.inspect Map.drop(m, [:b, :d])
IO.inspect Map.take(m, [:a, :c, :e])
IO.inspect Map.split(m, [:a, :c, :e])
IO.inspect Map.pop(m, :a)
IO.inspect Map.pop(m, :z)
IO.inspect Map.pop(m, :z, 3)
IO.inspect Map.pop!(m, :b)
IO.inspect Map.pop_lazy(m, :a, fn -> 13 end)
IO.inspect Map.pop_lazy(m, :z, fn -> 13 end)
# CHECK: %{b: 2, c: 3}
# CHECK-NEXT: %{a: 1, b: 2, c: 3}
# CHECK-NEXT: %{a: 1, c: 3}
# CHECK-NEXT: %{a: 1, c: 3}
# CHECK-NEXT: {%{a: 1, c: 3}, %{b: 2}}
# CHECK-NEXT: {1, %{b: 2, c: 3}}
# CHECK-NEXT: {nil, %{a: 1, b: 2, c: 3}}
# CHECK-NEXT: {3, %{a: 1, b: 2, c: 3}}
# CHECK-NEXT: {2, %{a: 1, c: 3}}
# CHECK-NEXT: {1, %{b: 2, c: 3}}
# CHECK-NEXT: {13, %{a: 1, b: 2, c: 3}}
