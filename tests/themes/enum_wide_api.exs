# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: FileCheck --match-full-lines --input-file %t.out %s
l = [5, 3, 8, 1, 9, 2, 7]
IO.inspect(Enum.sort(l))
IO.inspect(Enum.sort(l, :desc))
IO.inspect(Enum.sort_by(["bb", "a", "ccc", "dd"], &String.length/1))
IO.inspect(Enum.sort_by(["bb", "a", "ccc", "dd"], &String.length/1, :desc))
IO.inspect(Enum.min_max(l))
IO.inspect(Enum.min_by(["bb", "a", "ccc"], &String.length/1))
IO.inspect(Enum.max_by(["bb", "a", "ccc"], &String.length/1))
IO.inspect(Enum.sum(l))
IO.inspect(Enum.product(l))
IO.inspect(Enum.count(l, &(&1 > 4)))
IO.inspect(Enum.take(l, 3))
IO.inspect(Enum.take(l, -2))
IO.inspect(Enum.drop(l, 5))
IO.inspect(Enum.drop(l, -5))
IO.inspect(Enum.take_while(l, &(&1 > 2)))
IO.inspect(Enum.drop_while(l, &(&1 > 2)))
IO.inspect(Enum.chunk_every(l, 3))
IO.inspect(Enum.chunk_every(l, 3, 2, :discard))
IO.inspect(Enum.chunk_every(l, 3, 3, [0, 0]))
IO.inspect(Enum.chunk_by([1, 1, 2, 3, 3, 3, 1], & &1))
IO.inspect(Enum.dedup([1, 1, 2, 2, 1, 3]))
IO.inspect(Enum.uniq([1, 2, 1, 3, 2]))
IO.inspect(Enum.uniq_by([{1, :a}, {2, :b}, {1, :c}], &elem(&1, 0)))
IO.inspect(Enum.frequencies(~w(a b a c b a)))
IO.inspect(Enum.frequencies_by(~w(apple avocado banana), &String.first/1))
IO.inspect(Enum.group_by(~w(ant bee cat ape bat), &String.first/1, &String.upcase/1))
IO.inspect(Enum.zip([1, 2, 3], [:a, :b]))
IO.inspect(Enum.zip_with([1, 2], [10, 20], &+/2))
IO.inspect(Enum.unzip([{1, :a}, {2, :b}]))
IO.inspect(Enum.with_index([:a, :b, :c], 1))
IO.inspect(Enum.with_index(~w(x y), fn e, i -> "#{i}:#{e}" end))
IO.inspect(Enum.flat_map([1, 2, 3], fn x -> [x, x * 10] end))
IO.inspect(Enum.intersperse([1, 2, 3], 0))
IO.inspect(Enum.join([1, 2, 3], "-"))
IO.inspect(Enum.map_join([1, 2, 3], ", ", &(&1 * 2)))
IO.inspect(Enum.reverse([1, 2, 3]))
IO.inspect(Enum.reverse([1, 2, 3], [9]))
IO.inspect(Enum.slice(l, 2, 3))
IO.inspect(Enum.slice(l, 1..-2))
IO.inspect(Enum.at(l, 2))
IO.inspect(Enum.at(l, 20, :none))
IO.inspect(Enum.fetch(l, -1))
IO.inspect(Enum.fetch(l, 100))
IO.inspect(Enum.find_index(l, &(&1 == 9)))
IO.inspect(Enum.find_value(l, fn x -> if x > 7, do: x * 100 end))
IO.inspect(Enum.member?(l, 8))
IO.inspect(Enum.all?(l, &is_integer/1))
IO.inspect(Enum.any?([], & &1))
IO.inspect(Enum.all?([]))
IO.inspect(Enum.empty?([]))
IO.inspect(Enum.reduce_while(1..10, 0, fn x, acc -> if acc > 10, do: {:halt, acc}, else: {:cont, acc + x} end))
IO.inspect(Enum.scan([1, 2, 3, 4], &+/2))
IO.inspect(Enum.map_reduce([1, 2, 3], 0, fn x, acc -> {x * 2, acc + x} end))
IO.inspect(Enum.split([1, 2, 3, 4], 1))
IO.inspect(Enum.split_while([1, 2, 3, 4], &(&1 < 3)))
IO.inspect(Enum.split_with([1, 2, 3, 4], &(rem(&1, 2) == 0)))
IO.inspect(Enum.reject(l, &(&1 > 4)))
IO.inspect(Enum.into([a: 1], %{}))
IO.inspect(Enum.into(%{b: 2}, []))
IO.inspect(Enum.concat([[1], [2, 3], []]))
IO.inspect(Enum.concat([1], [2]))
IO.inspect(Enum.count([]))
IO.inspect(Enum.random([42]))
IO.inspect(Enum.to_list(?a..?e))
IO.inspect(Enum.max([]) , label: "never")

# CHECK: [1, 2, 3, 5, 7, 8, 9]
# CHECK-NEXT: [9, 8, 7, 5, 3, 2, 1]
# CHECK-NEXT: ["a", "bb", "dd", "ccc"]
# CHECK-NEXT: ["ccc", "bb", "dd", "a"]
# CHECK-NEXT: {1, 9}
# CHECK-NEXT: "a"
# CHECK-NEXT: "ccc"
# CHECK-NEXT: 35
# CHECK-NEXT: 15120
# CHECK-NEXT: 4
# CHECK-NEXT: [5, 3, 8]
# CHECK-NEXT: [2, 7]
# CHECK-NEXT: [2, 7]
# CHECK-NEXT: [5, 3]
# CHECK-NEXT: [5, 3, 8]
# CHECK-NEXT: [1, 9, 2, 7]
# CHECK-NEXT: {{\[\[}}5, 3, 8], [1, 9, 2], '\a']
# CHECK-NEXT: {{\[\[}}5, 3, 8], [8, 1, 9], [9, 2, 7]]
# CHECK-NEXT: {{\[\[}}5, 3, 8], [1, 9, 2], [7, 0, 0]]
# CHECK-NEXT: {{\[\[}}1, 1], [2], [3, 3, 3], [1]]
# CHECK-NEXT: [1, 2, 1, 3]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [{1, :a}, {2, :b}]
# CHECK-NEXT: %{"a" => 3, "b" => 2, "c" => 1}
# CHECK-NEXT: %{"a" => 2, "b" => 1}
# CHECK-NEXT: %{"a" => ["ANT", "APE"], "b" => ["BEE", "BAT"], "c" => ["CAT"]}
# CHECK-NEXT: [{1, :a}, {2, :b}]
# CHECK-NEXT: [11, 22]
# CHECK-NEXT: {[1, 2], [:a, :b]}
# CHECK-NEXT: [a: 1, b: 2, c: 3]
# CHECK-NEXT: ["0:x", "1:y"]
# CHECK-NEXT: [1, 10, 2, 20, 3, 30]
# CHECK-NEXT: [1, 0, 2, 0, 3]
# CHECK-NEXT: "1-2-3"
# CHECK-NEXT: "2, 4, 6"
# CHECK-NEXT: [3, 2, 1]
# CHECK-NEXT: [3, 2, 1, 9]
# CHECK-NEXT: [8, 1, 9]
# CHECK-NEXT: [3, 8, 1, 9, 2]
# CHECK-NEXT: 8
# CHECK-NEXT: :none
# CHECK-NEXT: {:ok, 7}
# CHECK-NEXT: :error
# CHECK-NEXT: 4
# CHECK-NEXT: 800
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: 15
# CHECK-NEXT: [1, 3, 6, 10]
# CHECK-NEXT: {[2, 4, 6], 6}
# CHECK-NEXT: {[1], [2, 3, 4]}
# CHECK-NEXT: {[1, 2], [3, 4]}
# CHECK-NEXT: {[2, 4], [1, 3]}
# CHECK-NEXT: [3, 1, 2]
# CHECK-NEXT: %{a: 1}
# CHECK-NEXT: [b: 2]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: 0
# CHECK-NEXT: 42
# CHECK-NEXT: 'abcde'
