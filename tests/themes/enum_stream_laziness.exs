# RUN: %athanor run %s | FileCheck --match-full-lines %s
s = 1..5
  |> Stream.map(fn x -> IO.puts("map #{x}"); x * 2 end)
  |> Stream.filter(fn x -> IO.puts("filter #{x}"); rem(x, 4) == 0 end)
IO.puts("stream built")
IO.inspect(Enum.take(s, 1))
IO.inspect(Enum.to_list(s))
e = 1..5
  |> Enum.map(fn x -> IO.puts("eager map #{x}"); x * 2 end)
  |> Enum.filter(&(rem(&1, 4) == 0))
IO.inspect(e)
IO.inspect(Stream.take_while(Stream.iterate(1, &(&1 * 3)), &(&1 < 500)) |> Enum.to_list())
counter = Stream.resource(fn -> 0 end, fn n -> if n < 3, do: {[n], n + 1}, else: {:halt, n} end, fn n -> IO.puts("closed at #{n}") end)
IO.inspect(Enum.to_list(counter))
IO.inspect(Stream.zip(Stream.cycle([:a, :b]), 1..5) |> Enum.to_list())
IO.inspect(Stream.chunk_while(1..10, [], fn x, acc -> if x > 1 and rem(x, 3) == 1, do: {:cont, Enum.reverse(acc), [x]}, else: {:cont, [x | acc]} end, fn acc -> {:cont, Enum.reverse(acc), []} end) |> Enum.to_list())
IO.inspect(Stream.each(1..3, &IO.puts("each #{&1}")) |> Stream.run())
IO.inspect(Stream.with_index(["a", "b"], 1) |> Enum.map(fn {v, i} -> "#{i}#{v}" end))
IO.inspect(Stream.intersperse([1, 2, 3], 0) |> Enum.to_list())
IO.inspect(Stream.unfold(10, fn 0 -> nil; n -> {n, div(n, 2)} end) |> Enum.to_list())
IO.inspect(1..1_000_000 |> Stream.map(&(&1 * &1)) |> Stream.filter(&(rem(&1, 7) == 0)) |> Enum.take(5))
IO.inspect(Stream.transform(1..6, 0, fn x, acc -> if acc > 6, do: {:halt, acc}, else: {[acc + x], acc + x} end) |> Enum.to_list())
IO.inspect(Enum.take(Stream.repeatedly(fn -> :r end), 2))
IO.inspect(Stream.drop_while(1..10, &(&1 < 8)) |> Enum.to_list())
IO.inspect(Stream.uniq_by([1, 2, 11, 3, 12], &rem(&1, 10)) |> Enum.to_list())

# CHECK: stream built
# CHECK-NEXT: map 1
# CHECK-NEXT: filter 2
# CHECK-NEXT: map 2
# CHECK-NEXT: filter 4
# CHECK-NEXT: [4]
# CHECK-NEXT: map 1
# CHECK-NEXT: filter 2
# CHECK-NEXT: map 2
# CHECK-NEXT: filter 4
# CHECK-NEXT: map 3
# CHECK-NEXT: filter 6
# CHECK-NEXT: map 4
# CHECK-NEXT: filter 8
# CHECK-NEXT: map 5
# CHECK-NEXT: filter 10
# CHECK-NEXT: [4, 8]
# CHECK-NEXT: eager map 1
# CHECK-NEXT: eager map 2
# CHECK-NEXT: eager map 3
# CHECK-NEXT: eager map 4
# CHECK-NEXT: eager map 5
# CHECK-NEXT: [4, 8]
# CHECK-NEXT: [1, 3, 9, 27, 81, 243]
# CHECK-NEXT: closed at 3
# CHECK-NEXT: [0, 1, 2]
# CHECK-NEXT: [a: 1, b: 2, a: 3, b: 4, a: 5]
# CHECK-NEXT: {{\[\[}}1, 2, 3], [4, 5, 6], '\a\b\t', '\n']
# CHECK-NEXT: each 1
# CHECK-NEXT: each 2
# CHECK-NEXT: each 3
# CHECK-NEXT: :ok
# CHECK-NEXT: ["1a", "2b"]
# CHECK-NEXT: [1, 0, 2, 0, 3]
# CHECK-NEXT: [10, 5, 2, 1]
# CHECK-NEXT: [49, 196, 441, 784, 1225]
# CHECK-NEXT: [1, 3, 6, 10]
# CHECK-NEXT: [:r, :r]
# CHECK-NEXT: '\b\t\n'
# CHECK-NEXT: [1, 2, 3]
