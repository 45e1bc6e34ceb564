# RUN: %athanor run %s | FileCheck --match-full-lines %s
IO.inspect([a: 1, b: [c: 2, d: [e: 3]]])
IO.inspect([{:a, 1}, {:b, 2}, {:c, 3}] ++ [{"d", 4}])
IO.inspect([{:a, 1, 2}])
IO.inspect([{:a}, {:b, 1}])
IO.inspect([a: nil, b: true, c: false])
IO.inspect([{:ok, [1, 2]}, {:error, 'x'}])
IO.inspect([1, [2, [3, [4, [5]]]]])
IO.inspect([[a: 1], [b: 2]])
IO.inspect(Keyword.new(x: 1, y: 2) |> Keyword.put(:z, 3))
IO.inspect(Enum.with_index(~w(a b c)))
IO.inspect(Enum.with_index([:x, :y]))
IO.inspect(Enum.zip([:p, :q], [1, 2]))
IO.inspect(Enum.zip(["p", "q"], [1, 2]))
IO.inspect(Map.to_list(%{a: 1, b: 2}))
IO.inspect(Map.to_list(%{"a" => 1}))
IO.inspect([if: 1, do: 2, end: 3, fn: 4, nil: 5, when: 6])
IO.inspect(["with-dash": 1, "with space": 2, "9lives": 3, ok?: 4, bang!: 5, _under: 6, Caps: 7])
IO.inspect([{:"Elixir.Foo", 1}, {Bar, 2}])
IO.inspect(Enum.map(1..30, &{:"k#{&1}", &1}))
IO.inspect(Enum.map(1..8, &{:key, String.duplicate("v", &1 * 3)}))
IO.inspect([a: %{b: [c: %{d: "deep"}]}])
IO.inspect([[], [[]], [[], []]])
IO.inspect([1, 2, 3] |> Enum.map(&[&1]))
IO.inspect(List.duplicate([a: 1], 3))
IO.inspect([{:a, [{:b, [{:c, 1}]}]}])
IO.inspect([1 | [2 | []]])

# CHECK: [a: 1, b: [c: 2, d: [e: 3]]]
# CHECK-NEXT: [{:a, 1}, {:b, 2}, {:c, 3}, {"d", 4}]
# CHECK-NEXT: [{:a, 1, 2}]
# CHECK-NEXT: [{:a}, {:b, 1}]
# CHECK-NEXT: [a: nil, b: true, c: false]
# CHECK-NEXT: [ok: [1, 2], error: 'x']
# CHECK-NEXT: [1, [2, [3, [4, [5]]]]]
# CHECK-NEXT: {{\[\[}}a: 1], [b: 2]]
# CHECK-NEXT: [z: 3, x: 1, y: 2]
# CHECK-NEXT: [{"a", 0}, {"b", 1}, {"c", 2}]
# CHECK-NEXT: [x: 0, y: 1]
# CHECK-NEXT: [p: 1, q: 2]
# CHECK-NEXT: [{"p", 1}, {"q", 2}]
# CHECK-NEXT: [a: 1, b: 2]
# CHECK-NEXT: [{"a", 1}]
# CHECK-NEXT: [if: 1, do: 2, end: 3, fn: 4, nil: 5, when: 6]
# CHECK-NEXT: [
# CHECK-NEXT:   "with-dash": 1,
# CHECK-NEXT:   "with space": 2,
# CHECK-NEXT:   "9lives": 3,
# CHECK-NEXT:   ok?: 4,
# CHECK-NEXT:   bang!: 5,
# CHECK-NEXT:   _under: 6,
# CHECK-NEXT:   Caps: 7
# CHECK-NEXT: ]
# CHECK-NEXT: [{Foo, 1}, {Bar, 2}]
# CHECK-NEXT: [
# CHECK-NEXT:   k1: 1,
# CHECK-NEXT:   k2: 2,
# CHECK-NEXT:   k3: 3,
# CHECK-NEXT:   k4: 4,
# CHECK-NEXT:   k5: 5,
# CHECK-NEXT:   k6: 6,
# CHECK-NEXT:   k7: 7,
# CHECK-NEXT:   k8: 8,
# CHECK-NEXT:   k9: 9,
# CHECK-NEXT:   k10: 10,
# CHECK-NEXT:   k11: 11,
# CHECK-NEXT:   k12: 12,
# CHECK-NEXT:   k13: 13,
# CHECK-NEXT:   k14: 14,
# CHECK-NEXT:   k15: 15,
# CHECK-NEXT:   k16: 16,
# CHECK-NEXT:   k17: 17,
# CHECK-NEXT:   k18: 18,
# CHECK-NEXT:   k19: 19,
# CHECK-NEXT:   k20: 20,
# CHECK-NEXT:   k21: 21,
# CHECK-NEXT:   k22: 22,
# CHECK-NEXT:   k23: 23,
# CHECK-NEXT:   k24: 24,
# CHECK-NEXT:   k25: 25,
# CHECK-NEXT:   k26: 26,
# CHECK-NEXT:   k27: 27,
# CHECK-NEXT:   k28: 28,
# CHECK-NEXT:   k29: 29,
# CHECK-NEXT:   k30: 30
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   key: "vvv",
# CHECK-NEXT:   key: "vvvvvv",
# CHECK-NEXT:   key: "vvvvvvvvv",
# CHECK-NEXT:   key: "vvvvvvvvvvvv",
# CHECK-NEXT:   key: "vvvvvvvvvvvvvvv",
# CHECK-NEXT:   key: "vvvvvvvvvvvvvvvvvv",
# CHECK-NEXT:   key: "vvvvvvvvvvvvvvvvvvvvv",
# CHECK-NEXT:   key: "vvvvvvvvvvvvvvvvvvvvvvvv"
# CHECK-NEXT: ]
# CHECK-NEXT: [a: %{b: [c: %{d: "deep"}]}]
# CHECK-NEXT: {{\[\[}}], {{\[\[}}]], {{\[\[}}], []]]
# CHECK-NEXT: {{\[\[}}1], [2], [3]]
# CHECK-NEXT: {{\[\[}}a: 1], [a: 1], [a: 1]]
# CHECK-NEXT: [a: [b: [c: 1]]]
# CHECK-NEXT: [1, 2]
