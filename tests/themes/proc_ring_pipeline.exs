# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Ring do
  def start(n, parent) do
    first = Enum.reduce(n..1//-1, parent, fn i, next ->
      spawn(fn -> node_loop(i, next) end)
    end)
    first
  end
  defp node_loop(i, next) do
    receive do
      {:token, hops, trail} ->
        send(next, {:token, hops + 1, [i | trail]})
        node_loop(i, next)
      :stop ->
        send(next, :stop)
    end
  end
end

first = Ring.start(8, self())
send(first, {:token, 0, []})
receive do
  {:token, hops, trail} -> IO.inspect({hops, Enum.reverse(trail)})
end
send(first, :stop)
receive do
  :stop -> IO.puts("ring stopped")
end

defmodule Pipeline do
  def stage(fun, next) do
    spawn(fn -> stage_loop(fun, next) end)
  end
  defp stage_loop(fun, next) do
    receive do
      {:item, x} ->
        send(next, {:item, fun.(x)})
        stage_loop(fun, next)
      :done -> send(next, :done)
    end
  end
  def collect(acc) do
    receive do
      {:item, x} -> collect([x | acc])
      :done -> Enum.reverse(acc)
    end
  end
end

s3 = Pipeline.stage(&"<#{&1}>", self())
s2 = Pipeline.stage(&(&1 * &1), s3)
s1 = Pipeline.stage(&(&1 + 1), s2)
Enum.each(1..6, &send(s1, {:item, &1}))
send(s1, :done)
IO.inspect(Pipeline.collect([]))

# parallel map preserving order
pmap = fn list, f ->
  me = self()
  list
  |> Enum.map(fn x -> spawn(fn -> send(me, {self(), f.(x)}) end) end)
  |> Enum.map(fn pid -> receive do {^pid, r} -> r end end)
end
IO.inspect(pmap.(1..10, fn x -> x * 100 end))
IO.inspect(pmap.(["a", "bb", "ccc"], &String.duplicate(&1, 2)))

# many processes
count = 1000
me = self()
for i <- 1..count, do: spawn(fn -> send(me, {:n, i}) end)
total = Enum.reduce(1..count, 0, fn _, acc -> receive do {:n, i} -> acc + i end end)
IO.inspect(total)

# CHECK: {8, [1, 2, 3, 4, 5, 6, 7, 8]}
# CHECK-NEXT: ring stopped
# CHECK-NEXT: ["<4>", "<9>", "<16>", "<25>", "<36>", "<49>"]
# CHECK-NEXT: [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]
# CHECK-NEXT: ["aa", "bbbb", "cccccc"]
# CHECK-NEXT: 500500
