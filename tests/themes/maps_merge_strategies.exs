# RUN: %athanor run %s | FileCheck --match-full-lines %s
defaults = %{color: :blue, size: :m, tags: [:basic], opts: %{debug: false, level: 1}}
user = %{size: :l, tags: [:custom], opts: %{level: 3}}
IO.inspect(Map.merge(defaults, user))
IO.inspect(Map.merge(defaults, user, fn
  :tags, a, b -> Enum.uniq(a ++ b)
  :opts, a, b -> Map.merge(a, b)
  _, _a, b -> b
end))
IO.inspect(Map.merge(user, defaults))
IO.inspect(Enum.reduce([%{a: 1}, %{b: 2}, %{a: 3, c: 4}], %{}, &Map.merge(&2, &1)))
IO.inspect(Enum.reduce([%{a: 1}, %{a: 2}, %{a: 3}], &Map.merge(&1, &2, fn _, x, y -> x + y end)))
counts1 = %{"a" => 2, "b" => 1}
counts2 = %{"b" => 5, "c" => 1}
IO.inspect(Map.merge(counts1, counts2, fn _k, v1, v2 -> v1 + v2 end))
IO.inspect(Map.take(defaults, Map.keys(user)))
IO.inspect(Map.drop(defaults, Map.keys(user)))
IO.inspect(Map.keys(defaults) -- Map.keys(user))
IO.inspect(Map.equal?(Map.merge(defaults, %{}), defaults))
IO.inspect(Keyword.merge([a: 1, b: 2], [b: 3, c: 4], fn _k, v1, v2 -> {v1, v2} end))
IO.inspect(Keyword.merge([a: 1], [a: 2, a: 3]))
diff = fn old, new ->
  keys = MapSet.union(MapSet.new(Map.keys(old)), MapSet.new(Map.keys(new)))
  for k <- Enum.sort(keys), Map.get(old, k) != Map.get(new, k), into: %{} do
    {k, {Map.get(old, k), Map.get(new, k)}}
  end
end
IO.inspect(diff.(defaults, Map.merge(defaults, user)))
IO.inspect(diff.(%{a: 1, b: 2}, %{b: 3, c: 4}))

# CHECK: %{color: :blue, opts: %{level: 3}, size: :l, tags: [:custom]}
# CHECK-NEXT: %{
# CHECK-NEXT:   color: :blue,
# CHECK-NEXT:   opts: %{debug: false, level: 3},
# CHECK-NEXT:   size: :l,
# CHECK-NEXT:   tags: [:basic, :custom]
# CHECK-NEXT: }
# CHECK-NEXT: %{color: :blue, opts: %{debug: false, level: 1}, size: :m, tags: [:basic]}
# CHECK-NEXT: %{a: 3, b: 2, c: 4}
# CHECK-NEXT: %{a: 6}
# CHECK-NEXT: %{"a" => 2, "b" => 6, "c" => 1}
# CHECK-NEXT: %{opts: %{debug: false, level: 1}, size: :m, tags: [:basic]}
# CHECK-NEXT: %{color: :blue}
# CHECK-NEXT: [:color]
# CHECK-NEXT: true
# CHECK-NEXT: [a: 1, b: {2, 3}, c: 4]
# CHECK-NEXT: [a: 2, a: 3]
# CHECK-NEXT: %{
# CHECK-NEXT:   opts: {%{debug: false, level: 1}, %{level: 3}},
# CHECK-NEXT:   size: {:m, :l},
# CHECK-NEXT:   tags: {[:basic], [:custom]}
# CHECK-NEXT: }
# CHECK-NEXT: %{a: {1, nil}, b: {2, 3}, c: {nil, 4}}
