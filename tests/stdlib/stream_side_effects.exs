# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Elements flow through a stream pipeline one at a time, so side effects interleave like Elixir's.
IO.inspect Stream.map(1..3, &IO.inspect/1) |> Enum.take(2)
pipeline =
  1..6
  |> Stream.each(&IO.puts("a#{&1}"))
  |> Stream.filter(&(rem(&1, 2) == 0))
  |> Stream.each(&IO.puts("b#{&1}"))
  |> Stream.map(&(&1 * 10))
IO.inspect Enum.take(pipeline, 2)
IO.inspect Enum.to_list(pipeline)
lazy = Stream.map([1, 2], fn x -> IO.puts("computing #{x}"); x end)
IO.puts "nothing computed yet"
IO.inspect Enum.sum(lazy)
# CHECK: 1
# CHECK-NEXT: 2
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: a1
# CHECK-NEXT: a2
# CHECK-NEXT: b2
# CHECK-NEXT: a3
# CHECK-NEXT: a4
# CHECK-NEXT: b4
# CHECK-NEXT: [20, 40]
# CHECK-NEXT: a1
# CHECK-NEXT: a2
# CHECK-NEXT: b2
# CHECK-NEXT: a3
# CHECK-NEXT: a4
# CHECK-NEXT: b4
# CHECK-NEXT: a5
# CHECK-NEXT: a6
# CHECK-NEXT: b6
# CHECK-NEXT: [20, 40, 60]
# CHECK-NEXT: nothing computed yet
# CHECK-NEXT: computing 1
# CHECK-NEXT: computing 2
# CHECK-NEXT: 3
