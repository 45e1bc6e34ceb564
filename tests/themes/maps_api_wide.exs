# RUN: %athanor run %s | FileCheck --match-full-lines %s
m = %{a: 1, b: 2, c: 3}
IO.inspect(Map.get(m, :a))
IO.inspect(Map.get(m, :z, 0))
IO.inspect(Map.fetch(m, :b))
IO.inspect(Map.fetch(m, :z))
IO.inspect(Map.fetch!(m, :c))
IO.inspect(Map.put(m, :d, 4))
IO.inspect(Map.put_new(m, :a, 100))
IO.inspect(Map.delete(m, :a))
IO.inspect(Map.drop(m, [:a, :b]))
IO.inspect(Map.take(m, [:a, :z]))
IO.inspect(Map.update(m, :a, 0, &(&1 * 10)))
IO.inspect(Map.update(m, :q, 0, &(&1 * 10)))
IO.inspect(Map.update!(m, :b, &(&1 - 1)))
IO.inspect(Map.merge(m, %{c: 30, d: 40}))
IO.inspect(Map.merge(m, %{c: 30}, fn _k, v1, v2 -> v1 + v2 end))
IO.inspect(Map.keys(m))
IO.inspect(Map.values(m))
IO.inspect(Map.to_list(m))
IO.inspect(Map.has_key?(m, :a))
IO.inspect(Map.pop(m, :a))
IO.inspect(Map.pop(m, :zz, :default))
IO.inspect(Map.get_and_update(m, :a, fn v -> {v, v + 100} end))
IO.inspect(Map.split(m, [:a]))
IO.inspect(Map.new([{1, :one}, {2, :two}]))
IO.inspect(Map.new([1, 2, 3], fn x -> {x, x * x} end))
IO.inspect(Map.filter(m, fn {_k, v} -> v > 1 end))
IO.inspect(Map.reject(m, fn {_k, v} -> v > 1 end))
IO.inspect(Map.map(m, fn {_k, v} -> v * 2 end))
IO.inspect(Map.from_struct(%{__struct__: Foo, x: 1}))
IO.inspect(map_size(m))
IO.inspect(Map.equal?(%{a: 1}, %{a: 1.0}))
IO.inspect(%{a: 1} === %{a: 1.0})
IO.inspect(Map.replace(m, :a, :new))
IO.inspect(Map.replace(m, :zz, :new))
IO.inspect(Map.get_lazy(m, :zz, fn -> :lazy end))
IO.inspect(Map.put_new_lazy(m, :e, fn -> 5 end))
IO.inspect(Map.update(%{}, :list, [1], &[1 | &1]))
m2 = %{m | a: 11, b: 22}
IO.inspect(m2)
IO.inspect(m2.a + m2.b)
IO.inspect(m[:c])
IO.inspect(m[:nope])
mixed = %{1 => :int, 1.0 => :float, "1" => :str, :one => :atom, [1] => :list, {1} => :tuple}
IO.inspect(mixed)
IO.inspect(mixed[1.0])
IO.inspect(Enum.map(m, fn {k, v} -> "#{k}=#{v}" end))
IO.inspect(Enum.reduce(m, 0, fn {_, v}, acc -> acc + v end))
IO.inspect(Enum.filter(m, fn {k, _} -> k != :b end))
IO.inspect(Map.keys(%{}))
IO.inspect(Enum.into([{"k", 1}], %{"j" => 0}))
IO.inspect(Map.to_list(%{"b" => 1, "a" => 2}))
IO.inspect(Enum.sort_by(%{x: 3, y: 1, z: 2}, fn {_, v} -> v end))
IO.inspect(Enum.max_by(%{x: 3, y: 1, z: 2}, &elem(&1, 1)))
IO.inspect(:maps.get(:a, m))

# CHECK: 1
# CHECK-NEXT: 0
# CHECK-NEXT: {:ok, 2}
# CHECK-NEXT: :error
# CHECK-NEXT: 3
# CHECK-NEXT: %{a: 1, b: 2, c: 3, d: 4}
# CHECK-NEXT: %{a: 1, b: 2, c: 3}
# CHECK-NEXT: %{b: 2, c: 3}
# CHECK-NEXT: %{c: 3}
# CHECK-NEXT: %{a: 1}
# CHECK-NEXT: %{a: 10, b: 2, c: 3}
# CHECK-NEXT: %{a: 1, b: 2, c: 3, q: 0}
# CHECK-NEXT: %{a: 1, b: 1, c: 3}
# CHECK-NEXT: %{a: 1, b: 2, c: 30, d: 40}
# CHECK-NEXT: %{a: 1, b: 2, c: 33}
# CHECK-NEXT: [:a, :b, :c]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [a: 1, b: 2, c: 3]
# CHECK-NEXT: true
# CHECK-NEXT: {1, %{b: 2, c: 3}}
# CHECK-NEXT: {:default, %{a: 1, b: 2, c: 3}}
# CHECK-NEXT: {1, %{a: 101, b: 2, c: 3}}
# CHECK-NEXT: {%{a: 1}, %{b: 2, c: 3}}
# CHECK-NEXT: %{1 => :one, 2 => :two}
# CHECK-NEXT: %{1 => 1, 2 => 4, 3 => 9}
# CHECK-NEXT: %{b: 2, c: 3}
# CHECK-NEXT: %{a: 1}
# CHECK-NEXT: %{a: 2, b: 4, c: 6}
# CHECK-NEXT: %{x: 1}
# CHECK-NEXT: 3
# CHECK-NEXT: false
# CHECK-NEXT: false
# CHECK-NEXT: %{a: :new, b: 2, c: 3}
# CHECK-NEXT: %{a: 1, b: 2, c: 3}
# CHECK-NEXT: :lazy
# CHECK-NEXT: %{a: 1, b: 2, c: 3, e: 5}
# CHECK-NEXT: %{list: [1]}
# CHECK-NEXT: %{a: 11, b: 22, c: 3}
# CHECK-NEXT: 33
# CHECK-NEXT: 3
# CHECK-NEXT: nil
# CHECK-NEXT: %{
# CHECK-NEXT:   1 => :int,
# CHECK-NEXT:   1.0 => :float,
# CHECK-NEXT:   :one => :atom,
# CHECK-NEXT:   {1} => :tuple,
# CHECK-NEXT:   [1] => :list,
# CHECK-NEXT:   "1" => :str
# CHECK-NEXT: }
# CHECK-NEXT: :float
# CHECK-NEXT: ["a=1", "b=2", "c=3"]
# CHECK-NEXT: 6
# CHECK-NEXT: [a: 1, c: 3]
# CHECK-NEXT: []
# CHECK-NEXT: %{"j" => 0, "k" => 1}
# CHECK-NEXT: [{"a", 2}, {"b", 1}]
# CHECK-NEXT: [y: 1, z: 2, x: 3]
# CHECK-NEXT: {:x, 3}
# CHECK-NEXT: 1
