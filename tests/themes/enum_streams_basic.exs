# RUN: %athanor run %s | FileCheck --match-full-lines %s
IO.inspect(Stream.map(1..5, &(&1 * 3)) |> Enum.to_list())
IO.inspect(Stream.iterate(1, &(&1 * 2)) |> Enum.take(10))
IO.inspect(Stream.cycle([:a, :b]) |> Enum.take(5))
IO.inspect(Stream.unfold({0, 1}, fn {a, b} -> {a, {b, a + b}} end) |> Enum.take(12))
IO.inspect(Stream.filter(1..100, &(rem(&1, 7) == 0)) |> Stream.take(4) |> Enum.to_list())
IO.inspect(Stream.with_index([:x, :y]) |> Enum.to_list())
IO.inspect(Stream.zip([1, 2, 3], [4, 5, 6]) |> Enum.to_list())
IO.inspect(Stream.chunk_every(1..7, 2) |> Enum.to_list())
IO.inspect(Stream.repeatedly(fn -> :r end) |> Enum.take(3))
IO.inspect(Stream.take_while(1..100, &(&1 < 5)) |> Enum.to_list())
IO.inspect(Enum.zip(1..3, Stream.cycle([true, false])))
IO.inspect(Stream.flat_map(1..3, &[&1, -&1]) |> Enum.sum())
IO.inspect(Stream.scan(1..5, &+/2) |> Enum.to_list())
IO.inspect(Stream.dedup([1, 1, 2, 2, 3]) |> Enum.to_list())
IO.inspect(Stream.uniq([1, 2, 1, 3]) |> Enum.to_list())
IO.inspect(Stream.drop(1..10, 7) |> Enum.to_list())
IO.inspect(Stream.reject(1..10, &(&1 < 8)) |> Enum.to_list())
IO.inspect(Stream.map_every(1..10, 3, &(&1 * 100)) |> Enum.to_list())
IO.inspect(Stream.transform(1..5, 0, fn x, acc -> {[x + acc], acc + x} end) |> Enum.to_list())
IO.inspect(Stream.concat([1..2, [:a], 3..4]) |> Enum.to_list())

# CHECK: [3, 6, 9, 12, 15]
# CHECK-NEXT: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512]
# CHECK-NEXT: [:a, :b, :a, :b, :a]
# CHECK-NEXT: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
# CHECK-NEXT: [7, 14, 21, 28]
# CHECK-NEXT: [x: 0, y: 1]
# CHECK-NEXT: [{1, 4}, {2, 5}, {3, 6}]
# CHECK-NEXT: {{\[\[}}1, 2], [3, 4], [5, 6], '\a']
# CHECK-NEXT: [:r, :r, :r]
# CHECK-NEXT: [1, 2, 3, 4]
# CHECK-NEXT: [{1, true}, {2, false}, {3, true}]
# CHECK-NEXT: 0
# CHECK-NEXT: [1, 3, 6, 10, 15]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: '\b\t\n'
# CHECK-NEXT: '\b\t\n'
# CHECK-NEXT: [100, 2, 3, 400, 5, 6, 700, 8, 9, 1000]
# CHECK-NEXT: [1, 3, 6, 10, 15]
# CHECK-NEXT: [1, 2, :a, 3, 4]
