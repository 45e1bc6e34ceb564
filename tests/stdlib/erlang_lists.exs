# RUN: %athanor run %s | FileCheck --match-full-lines %s
# The :lists functions written in the stdlib (foldl, map, filter, mapfoldl, keytake, merge, ...).
IO.inspect(:lists.foldl(&+/2, 0, [1, 2]))
IO.inspect :lists.foldr(fn x, acc -> [x | acc] end, [], [1, 2, 3])
IO.inspect :lists.map(&(&1 * 2), [1, 2])
IO.inspect :lists.filter(&(&1 > 1), [1, 2, 3])
IO.inspect :lists.foreach(&IO.inspect/1, [1])
IO.inspect {:lists.any(&(&1 > 2), [1, 3]), :lists.all(&(&1 > 2), [1, 3])}
IO.inspect :lists.mapfoldl(fn x, a -> {x * 2, a + x} end, 0, [1, 2, 3])
IO.inspect :lists.mapfoldr(fn x, a -> {x * 2, [x | a]} end, [], [1, 2, 3])
IO.inspect :lists.filtermap(fn x -> if x > 1, do: {true, x * 10}, else: false end, [1, 2, 3])
IO.inspect :lists.flatmap(&[&1, &1], [1, 2])
IO.inspect :lists.partition(&(&1 > 1), [1, 2, 3])
IO.inspect {:lists.takewhile(&(&1 < 2), [1, 2, 1]), :lists.dropwhile(&(&1 < 2), [1, 2, 1]), :lists.splitwith(&(&1 < 2), [1, 2, 1])}
IO.inspect :lists.search(&(&1 > 1), [1, 2, 3])
IO.inspect :lists.search(&(&1 > 5), [1, 2, 3])
IO.inspect :lists.zip3([1, 2], [3, 4], [5, 6])
IO.inspect :lists.zipwith(&+/2, [1, 2], [3, 4])
IO.inspect :lists.unzip([{1, 2}, {3, 4}])
IO.inspect :lists.unzip3([{1, 2, 3}, {4, 5, 6}])
IO.inspect :lists.keytake(:b, 1, [a: 1, b: 2])
IO.inspect :lists.keytake(:z, 1, [a: 1])
IO.inspect :lists.keymap(&(&1 * 10), 2, [a: 1, b: 2])
IO.inspect :lists.sort(fn a, b -> a > b end, [1, 3, 2])
IO.inspect :lists.merge([1, 3], [2, 4])
IO.inspect :lists.merge(fn a, b -> a >= b end, [3, 1], [4, 2])
IO.inspect :lists.subtract([1, 2, 3, 2], [2])
IO.inspect :lists.concat([:a, 1, 2.5, 'c'])
IO.inspect :lists.nthtail(2, [1, 2, 3])
IO.inspect :lists.droplast([1, 2, 3])
IO.inspect {:lists.prefix([1], [1, 2]), :lists.suffix([2], [1, 2]), :lists.suffix([1], [1, 2])}
IO.inspect :lists.join(0, [1, 2, 3])
IO.inspect :lists.enumerate([:a, :b])
IO.inspect :lists.enumerate(0, [:a, :b])
IO.inspect :lists.uniq([1, 2, 1])
# CHECK: 3
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [2, 4]
# CHECK-NEXT: [2, 3]
# CHECK-NEXT: 1
# CHECK-NEXT: :ok
# CHECK-NEXT: {true, false}
# CHECK-NEXT: {[2, 4, 6], 6}
# CHECK-NEXT: {[2, 4, 6], [1, 2, 3]}
# CHECK-NEXT: [20, 30]
# CHECK-NEXT: [1, 1, 2, 2]
# CHECK-NEXT: {[2, 3], [1]}
# CHECK-NEXT: {[1], [2, 1], {[1], [2, 1]}}
# CHECK-NEXT: {:value, 2}
# CHECK-NEXT: false
# CHECK-NEXT: [{1, 3, 5}, {2, 4, 6}]
# CHECK-NEXT: [4, 6]
# CHECK-NEXT: {[1, 3], [2, 4]}
# CHECK-NEXT: {[1, 4], [2, 5], [3, 6]}
# CHECK-NEXT: {:value, {:b, 2}, [a: 1]}
# CHECK-NEXT: false
# CHECK-NEXT: [a: 10, b: 20]
# CHECK-NEXT: [3, 2, 1]
# CHECK-NEXT: [1, 2, 3, 4]
# CHECK-NEXT: [4, 3, 2, 1]
# CHECK-NEXT: [1, 3, 2]
# CHECK-NEXT: 'a12.50000000000000000000e+00c'
# CHECK-NEXT: [3]
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: {true, true, false}
# CHECK-NEXT: [1, 0, 2, 0, 3]
# CHECK-NEXT: [{1, :a}, {2, :b}]
# CHECK-NEXT: [{0, :a}, {1, :b}]
# CHECK-NEXT: [1, 2]
