# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Keyword.new/0,1,2 (the last duplicate wins, at the first position) and from_keys/2.
IO.inspect Keyword.new()
IO.inspect Keyword.new([{:b, 1}, {:a, 2}])
IO.inspect Keyword.new([{:b, 1}, {:a, 2}, {:b, 3}])
IO.inspect Keyword.new([:a, :b], fn x -> {x, x} end)
IO.inspect Keyword.new(%{b: 1, a: 2})
IO.inspect Keyword.from_keys([:foo, :bar, :baz], :atom)
# CHECK: []
# CHECK-NEXT: [b: 1, a: 2]
# CHECK-NEXT: [a: 2, b: 3]
# CHECK-NEXT: [a: :a, b: :b]
# CHECK-NEXT: [a: 2, b: 1]
# CHECK-NEXT: [foo: :atom, bar: :atom, baz: :atom]
