# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Stream.chunk_every/2,3,4, chunk_by/2 and chunk_while/4.
nat = Stream.iterate(1, &(&1 + 1))
IO.inspect Stream.chunk_every(1..5, 2) |> Enum.to_list()
IO.inspect Stream.chunk_every(1..10, 3, 2, [:x]) |> Enum.to_list()
IO.inspect Stream.chunk_every(1..10, 2, 3) |> Enum.to_list()
IO.inspect Stream.chunk_every(1..10, 3, 1, :discard) |> Enum.to_list()
IO.inspect Stream.chunk_every([1, 2, 3, 4], 3, 1) |> Enum.to_list()
IO.inspect Stream.chunk_every(nat, 3) |> Enum.take(2)
IO.inspect Stream.chunk_by([1, 1, 2, 2, 1], & &1) |> Enum.to_list()
IO.inspect Stream.chunk_by(nat, &div(&1, 3)) |> Enum.take(3)
chunk_fun = fn x, acc ->
  if rem(x, 3) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]}
end
after_fun = fn
  [] -> {:cont, []}
  acc -> {:cont, Enum.reverse(acc), []}
end
IO.inspect Stream.chunk_while(1..10, [], chunk_fun, after_fun) |> Enum.to_list()
IO.inspect Stream.chunk_while(nat, [], chunk_fun, after_fun) |> Enum.take(2)
# CHECK: {{\[\[}}1, 2], [3, 4], [5]]
# CHECK-NEXT: {{\[\[}}1, 2, 3], [3, 4, 5], [5, 6, 7], '\a\b\t', [9, 10, :x]]
# CHECK-NEXT: {{\[\[}}1, 2], [4, 5], '\a\b', '\n']
# CHECK-NEXT: [
# CHECK-NEXT:   [1, 2, 3],
# CHECK-NEXT:   [2, 3, 4],
# CHECK-NEXT:   [3, 4, 5],
# CHECK-NEXT:   [4, 5, 6],
# CHECK-NEXT:   [5, 6, 7],
# CHECK-NEXT:   [6, 7, 8],
# CHECK-NEXT:   '\a\b\t',
# CHECK-NEXT:   '\b\t\n'
# CHECK-NEXT: ]
# CHECK-NEXT: {{\[\[}}1, 2, 3], [2, 3, 4], [3, 4]]
# CHECK-NEXT: {{\[\[}}1, 2, 3], [4, 5, 6]]
# CHECK-NEXT: {{\[\[}}1, 1], [2, 2], [1]]
# CHECK-NEXT: {{\[\[}}1, 2], [3, 4, 5], [6, 7, 8]]
# CHECK-NEXT: {{\[\[}}1, 2, 3], [4, 5, 6], '\a\b\t', '\n']
# CHECK-NEXT: {{\[\[}}1, 2, 3], [4, 5, 6]]
