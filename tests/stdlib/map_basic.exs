# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Map.new/0,1,2, put/3, get/2,3, get_lazy/3, fetch/2, fetch!/2, has_key?/2, keys/1, values/1.
IO.inspect Map.new()
IO.inspect Map.new([a: 1, b: 2])
IO.inspect Map.new([a: 1, a: 2])
IO.inspect Map.new(1..3, &{&1, &1 * 2})
IO.inspect Map.new(%{a: 1}, fn {k, v} -> {v, k} end)
IO.inspect Map.new(MapSet.new([{1, 2}]))
m = %{a: 1, b: 2}
IO.inspect Map.put(m, :c, 3)
IO.inspect Map.put(m, :a, 0)
IO.inspect Map.get(m, :a)
IO.inspect Map.get(m, :z)
IO.inspect Map.get(m, :z, :default)
IO.inspect Map.get_lazy(m, :z, fn -> :lazy end)
IO.inspect Map.get_lazy(m, :a, fn -> :lazy end)
IO.inspect Map.fetch(m, :a)
IO.inspect Map.fetch(m, :z)
IO.inspect Map.fetch!(m, :b)
IO.inspect Map.has_key?(m, :a)
IO.inspect Map.has_key?(m, :z)
IO.inspect Map.keys(m)
IO.inspect Map.values(m)
IO.inspect Map.to_list(%{b: 1, a: 2})
IO.inspect Map.from_keys([:a, :b], 0)
# CHECK: %{}
# CHECK-NEXT: %{a: 1, b: 2}
# CHECK-NEXT: %{a: 2}
# CHECK-NEXT: %{1 => 2, 2 => 4, 3 => 6}
# CHECK-NEXT: %{1 => :a}
# CHECK-NEXT: %{1 => 2}
# CHECK-NEXT: %{a: 1, b: 2, c: 3}
# CHECK-NEXT: %{a: 0, b: 2}
# CHECK-NEXT: 1
# CHECK-NEXT: nil
# CHECK-NEXT: :default
# CHECK-NEXT: :lazy
# CHECK-NEXT: 1
# CHECK-NEXT: {:ok, 1}
# CHECK-NEXT: :error
# CHECK-NEXT: 2
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: [:a, :b]
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: [a: 2, b: 1]
# CHECK-NEXT: %{a: 0, b: 0}
