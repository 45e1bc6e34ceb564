# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum functions that can stop early read only what they need from an infinite stream.
nat = Stream.iterate(1, &(&1 + 1))
IO.inspect Enum.member?(nat, 10)
IO.inspect Enum.empty?(nat)
IO.inspect Enum.empty?(Stream.filter([1, 2], &(&1 > 5)))
IO.inspect Enum.count_until(nat, 5)
IO.inspect Enum.count_until(nat, &(rem(&1, 3) == 0), 4)
IO.inspect Enum.slice(nat, 3, 4)
IO.inspect Enum.slice(nat, 2..6//2)
IO.inspect Enum.fetch(nat, 4)
IO.inspect Enum.at(Stream.map(nat, &(&1 * 2)), 99)
IO.inspect Enum.take_while(nat, &(&1 < 5))
IO.inspect Enum.reduce_while(nat, 0, fn x, acc -> if acc > 20, do: {:halt, acc}, else: {:cont, acc + x} end)
IO.inspect Enum.zip_reduce(nat, [:a, :b], [], fn x, y, acc -> [{x, y} | acc] end)
IO.inspect Enum.zip_with(nat, 10..12, &(&1 * &2))
IO.inspect Enum.find(Stream.iterate(1, &(&1 * 2)), &(&1 > 100))
IO.inspect Enum.find_index(nat, &(&1 * &1 > 30))
IO.inspect Enum.find_value(nat, &(&1 > 3 and &1 * 10))
IO.inspect Enum.any?(nat, &(&1 == 7))
IO.inspect Enum.all?(nat, &(&1 < 3))
IO.inspect Enum.flat_map_reduce(nat, 0, fn x, acc -> if acc >= 3, do: {:halt, acc}, else: {[x], acc + 1} end)
IO.inspect Enum.count(Stream.filter(1..10, &(rem(&1, 2) == 0)))
IO.inspect Enum.sort(Stream.map([3, 1, 2], & &1))
# CHECK: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: 5
# CHECK-NEXT: 4
# CHECK-NEXT: [4, 5, 6, 7]
# CHECK-NEXT: [3, 5, 7]
# CHECK-NEXT: {:ok, 5}
# CHECK-NEXT: 200
# CHECK-NEXT: [1, 2, 3, 4]
# CHECK-NEXT: 21
# CHECK-NEXT: [{2, :b}, {1, :a}]
# CHECK-NEXT: [10, 22, 36]
# CHECK-NEXT: 128
# CHECK-NEXT: 5
# CHECK-NEXT: 40
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: {[1, 2, 3], 3}
# CHECK-NEXT: 5
# CHECK-NEXT: [1, 2, 3]
