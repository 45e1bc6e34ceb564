# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Stream.map/filter/reject/flat_map/with_index/scan/intersperse/map_every/dedup/uniq/concat/zip.
nat = Stream.iterate(1, &(&1 + 1))
IO.inspect Stream.map(1..3, &(&1 * 2)) |> Enum.to_list()
IO.inspect Stream.filter(nat, &(rem(&1, 3) == 0)) |> Enum.take(3)
IO.inspect Stream.reject(nat, &(rem(&1, 2) == 0)) |> Enum.take(3)
IO.inspect Stream.flat_map(1..3, &[&1, &1]) |> Enum.take(4)
IO.inspect Stream.flat_map(nat, fn x -> 1..x end) |> Enum.take(7)
IO.inspect Stream.with_index([:a, :b], 1) |> Enum.to_list()
IO.inspect Stream.scan(1..5, &+/2) |> Enum.to_list()
IO.inspect Stream.scan(nat, 100, &(&1 + &2)) |> Enum.take(3)
IO.inspect Stream.intersperse([1, 2, 3], 0) |> Enum.to_list()
IO.inspect Stream.intersperse(nat, :s) |> Enum.take(5)
IO.inspect Stream.map_every(1..10, 3, &(&1 * 100)) |> Enum.to_list()
IO.inspect Stream.dedup([1, 1, 2, 1]) |> Enum.to_list()
IO.inspect Stream.dedup_by([1, 2, 11, 3, 13], &rem(&1, 10)) |> Enum.to_list()
IO.inspect Stream.uniq([1, 1, 2, 1]) |> Enum.to_list()
IO.inspect Stream.uniq_by(1..10, &rem(&1, 3)) |> Enum.to_list()
IO.inspect Stream.concat([1..2, [3]]) |> Enum.to_list()
IO.inspect Stream.concat(1..2, nat) |> Enum.take(4)
IO.inspect Stream.zip(nat, [:a, :b, :c]) |> Enum.to_list()
IO.inspect Stream.zip_with([nat, 1..3, [:a, :b, :c, :d]], fn [a, b, c] -> {a + b, c} end) |> Enum.to_list()
IO.inspect Stream.zip_with(nat, nat, &(&1 * &2)) |> Enum.take(4)
IO.inspect Stream.map(%{a: 1, b: 2}, fn {k, v} -> {v, k} end) |> Enum.to_list()
IO.inspect Stream.map(1..3, & &1) |> Stream.map(&(&1 * 2)) |> Enum.reverse()
IO.inspect Enum.into(Stream.map(1..3, &{&1, &1}), %{})
IO.inspect Stream.run(Stream.map([1], & &1))
# CHECK: [2, 4, 6]
# CHECK-NEXT: [3, 6, 9]
# CHECK-NEXT: [1, 3, 5]
# CHECK-NEXT: [1, 1, 2, 2]
# CHECK-NEXT: [1, 1, 2, 1, 2, 3, 1]
# CHECK-NEXT: [a: 1, b: 2]
# CHECK-NEXT: [1, 3, 6, 10, 15]
# CHECK-NEXT: 'egj'
# CHECK-NEXT: [1, 0, 2, 0, 3]
# CHECK-NEXT: [1, :s, 2, :s, 3]
# CHECK-NEXT: [100, 2, 3, 400, 5, 6, 700, 8, 9, 1000]
# CHECK-NEXT: [1, 2, 1]
# CHECK-NEXT: [1, 2, 11, 3]
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [1, 2, 1, 2]
# CHECK-NEXT: [{1, :a}, {2, :b}, {3, :c}]
# CHECK-NEXT: [{2, :a}, {4, :b}, {6, :c}]
# CHECK-NEXT: [1, 4, 9, 16]
# CHECK-NEXT: [{1, :a}, {2, :b}]
# CHECK-NEXT: [6, 4, 2]
# CHECK-NEXT: %{1 => 1, 2 => 2, 3 => 3}
# CHECK-NEXT: :ok
