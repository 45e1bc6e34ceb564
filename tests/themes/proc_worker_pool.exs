# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Pool do
  def start(n) do
    me = self()
    workers = for i <- 1..n, do: spawn(fn -> worker(i, me) end)
    dispatcher(workers)
  end
  defp worker(id, _owner) do
    receive do
      {:job, from, ref, fun} ->
        send(from, {:result, ref, id, fun.()})
        worker(id, nil)
      :stop -> :ok
    end
  end
  defp dispatcher(workers), do: spawn(fn -> loop(workers, :queue_unused, []) end)
  defp loop(workers, q, _) do
    receive do
      {:run, from, ref, fun} ->
        [w | rest] = workers
        send(w, {:job, from, ref, fun})
        loop(rest ++ [w], q, nil)
      :stop ->
        Enum.each(workers, &send(&1, :stop))
    end
  end
  def run(pool, fun) do
    ref = make_ref()
    send(pool, {:run, self(), ref, fun})
    ref
  end
  def collect(refs) do
    Enum.map(refs, fn ref ->
      receive do
        {:result, ^ref, worker, value} -> {worker, value}
      after
        2000 -> :timeout
      end
    end)
  end
end
pool = Pool.start(3)
refs = for i <- 1..7, do: Pool.run(pool, fn -> Process.sleep(10 * (8 - i)); i * i end)
IO.inspect(Pool.collect(refs))
refs2 = for s <- ["a", "bb", "ccc"], do: Pool.run(pool, fn -> String.upcase(s) end)
IO.inspect(Pool.collect(refs2) |> Enum.map(&elem(&1, 1)))
send(pool, :stop)

defmodule PubSub do
  def start, do: spawn(fn -> loop(%{}) end)
  defp loop(subs) do
    receive do
      {:sub, topic, pid} -> loop(Map.update(subs, topic, [pid], &(&1 ++ [pid])))
      {:pub, topic, msg} ->
        for pid <- Map.get(subs, topic, []), do: send(pid, {topic, msg})
        loop(subs)
      {:count, from} ->
        send(from, {:count, subs |> Map.new(fn {t, ps} -> {t, length(ps)} end)})
        loop(subs)
    end
  end
end
ps = PubSub.start()
me = self()
listeners = for name <- [:l1, :l2, :l3] do
  spawn(fn ->
    got = for _ <- 1..2, do: (receive do m -> m end)
    send(me, {name, got})
  end)
end
[l1, l2, l3] = listeners
send(ps, {:sub, :news, l1})
send(ps, {:sub, :news, l2})
send(ps, {:sub, :sports, l2})
send(ps, {:sub, :sports, l3})
send(ps, {:sub, :sports, l1})
send(ps, {:count, self()})
receive do {:count, c} -> IO.inspect(c) end
send(ps, {:pub, :news, "headline"})
send(ps, {:pub, :sports, "score 1-0"})
send(ps, {:pub, :weather, "sunny"})
send(ps, {:pub, :news, "second headline"})
send(ps, {:pub, :sports, "final"})
for name <- [:l1, :l2, :l3] do
  receive do
    {^name, got} -> IO.inspect({name, got})
  end
end
# barrier: wait until all N workers have checked in, then release them
n = 4
barrier = spawn(fn ->
  waiting = for _ <- 1..n, do: (receive do {:arrive, pid} -> pid end)
  Enum.each(waiting, &send(&1, :go))
end)
for i <- 1..n do
  spawn(fn ->
    send(barrier, {:arrive, self()})
    receive do :go -> send(me, {:released, i}) end
  end)
end
released = for _ <- 1..n, do: (receive do {:released, i} -> i end)
IO.inspect(Enum.sort(released))

# CHECK: [{1, 1}, {2, 4}, {3, 9}, {1, 16}, {2, 25}, {3, 36}, {1, 49}]
# CHECK-NEXT: ["A", "BB", "CCC"]
# CHECK-NEXT: %{news: 2, sports: 3}
# CHECK-NEXT: {:l1, [news: "headline", sports: "score 1-0"]}
# CHECK-NEXT: {:l2, [news: "headline", sports: "score 1-0"]}
# CHECK-NEXT: {:l3, [sports: "score 1-0", sports: "final"]}
# CHECK-NEXT: [1, 2, 3, 4]
