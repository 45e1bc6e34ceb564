# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Stream.resource/3 and transform/3,4,5: after-functions run when the stream ends or is halted.
s = Stream.resource(fn -> IO.puts("start"); 0 end, fn n -> if n < 3, do: {[n], n + 1}, else: {:halt, n} end, fn n -> IO.puts("after #{n}") end)
IO.inspect Enum.to_list(s)
IO.inspect Enum.take(s, 2)
IO.inspect Enum.zip(s, [:a, :b])
r = fn name ->
  Stream.resource(
    fn -> IO.puts("open #{name}"); 0 end,
    fn n -> if n < 5, do: {[{name, n}], n + 1}, else: {:halt, n} end,
    fn n -> IO.puts("close #{name} #{n}") end
  )
end
IO.inspect Enum.zip(r.(:x), r.(:y)) |> length()
IO.inspect Enum.zip([r.(:p), [1, 2]])
IO.inspect Stream.zip(r.(:q), Stream.take(r.(:w), 2)) |> Enum.to_list()
IO.inspect Stream.flat_map(1..3, fn x -> r.(x) end) |> Enum.take(7)
IO.inspect Stream.concat(r.(:c1), r.(:c2)) |> Enum.take(6)
IO.inspect Stream.take(r.(:t), 3) |> Stream.map(&elem(&1, 1)) |> Enum.sum()
IO.inspect Stream.take_while(r.(:tw), fn {_, n} -> n < 2 end) |> Enum.to_list()
IO.inspect Stream.transform(1..10, 0, fn x, acc -> if acc > 3, do: {:halt, acc}, else: {[x, x], acc + 1} end) |> Enum.to_list()
t = Stream.transform(1..5, fn -> IO.puts("init"); 0 end, fn x, acc -> {[x + acc], acc + 1} end, fn acc -> IO.puts("done #{acc}") end)
IO.inspect Enum.to_list(t)
IO.inspect Enum.take(t, 2)
t5 = Stream.transform(1..3, fn -> 0 end, fn x, acc -> {[x], acc + x} end, fn acc -> {[:last, acc], acc} end, fn acc -> IO.puts("after #{acc}") end)
IO.inspect Enum.to_list(t5)
# CHECK: start
# CHECK-NEXT: after 3
# CHECK-NEXT: [0, 1, 2]
# CHECK-NEXT: start
# CHECK-NEXT: after 2
# CHECK-NEXT: [0, 1]
# CHECK-NEXT: start
# CHECK-NEXT: after 3
# CHECK-NEXT: [{0, :a}, {1, :b}]
# CHECK-NEXT: open x
# CHECK-NEXT: open y
# CHECK-NEXT: close x 5
# CHECK-NEXT: close y 5
# CHECK-NEXT: 5
# CHECK-NEXT: open p
# CHECK-NEXT: close p 3
# CHECK-NEXT: [{{\{\{}}:p, 0}, 1}, {{\{\{}}:p, 1}, 2}]
# CHECK-NEXT: open q
# CHECK-NEXT: open w
# CHECK-NEXT: close w 2
# CHECK-NEXT: close q 3
# CHECK-NEXT: [{{\{\{}}:q, 0}, {:w, 0}}, {{\{\{}}:q, 1}, {:w, 1}}]
# CHECK-NEXT: open 1
# CHECK-NEXT: close 1 5
# CHECK-NEXT: open 2
# CHECK-NEXT: close 2 2
# CHECK-NEXT: [{1, 0}, {1, 1}, {1, 2}, {1, 3}, {1, 4}, {2, 0}, {2, 1}]
# CHECK-NEXT: open c1
# CHECK-NEXT: close c1 5
# CHECK-NEXT: open c2
# CHECK-NEXT: close c2 1
# CHECK-NEXT: [c1: 0, c1: 1, c1: 2, c1: 3, c1: 4, c2: 0]
# CHECK-NEXT: open t
# CHECK-NEXT: close t 3
# CHECK-NEXT: 3
# CHECK-NEXT: open tw
# CHECK-NEXT: close tw 3
# CHECK-NEXT: [tw: 0, tw: 1]
# CHECK-NEXT: [1, 1, 2, 2, 3, 3, 4, 4]
# CHECK-NEXT: init
# CHECK-NEXT: done 5
# CHECK-NEXT: [1, 3, 5, 7, 9]
# CHECK-NEXT: init
# CHECK-NEXT: done 2
# CHECK-NEXT: [1, 3]
# CHECK-NEXT: after 6
# CHECK-NEXT: [1, 2, 3, :last, 6]
