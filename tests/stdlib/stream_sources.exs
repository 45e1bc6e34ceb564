# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Stream.iterate/2, unfold/2, repeatedly/1, cycle/1, interval/1 and timer/1 are lazy and can be infinite.
nat = Stream.iterate(1, &(&1 + 1))
IO.inspect Enum.take(nat, 5)
IO.inspect Stream.iterate(1, &(&1 * 2)) |> Enum.take(5)
IO.inspect Stream.unfold(5, fn 0 -> nil; n -> {n, n - 1} end) |> Enum.to_list()
IO.inspect Stream.unfold({0, 1}, fn {a, b} -> {a, {b, a + b}} end) |> Enum.take(10)
IO.inspect Stream.repeatedly(fn -> :x end) |> Enum.take(2)
IO.inspect Stream.cycle([1, 2]) |> Enum.take(5)
IO.inspect Stream.cycle(1..3) |> Enum.take(7)
IO.inspect Stream.take(nat, 3) |> Stream.cycle() |> Enum.take(7)
IO.inspect Stream.interval(1) |> Enum.take(3)
IO.inspect Stream.timer(1) |> Enum.to_list()
IO.inspect Enum.zip(Stream.cycle([:a, :b]), 1..5)
try do
  Stream.cycle([]) |> Enum.take(2)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
# CHECK: [1, 2, 3, 4, 5]
# CHECK-NEXT: [1, 2, 4, 8, 16]
# CHECK-NEXT: [5, 4, 3, 2, 1]
# CHECK-NEXT: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
# CHECK-NEXT: [:x, :x]
# CHECK-NEXT: [1, 2, 1, 2, 1]
# CHECK-NEXT: [1, 2, 3, 1, 2, 3, 1]
# CHECK-NEXT: [1, 2, 3, 1, 2, 3, 1]
# CHECK-NEXT: [0, 1, 2]
# CHECK-NEXT: [0]
# CHECK-NEXT: [a: 1, b: 2, a: 3, b: 4, a: 5]
# CHECK-NEXT: cannot cycle over an empty enumerable
