# RUN: %athanor run %s | FileCheck --match-full-lines %s
names = [:alpha, :beta, :gamma]
for {n, i} <- Enum.with_index(names, 1) do
  {:ok, _} = Agent.start_link(fn -> %{name: n, hits: 0, start: i * 100} end, name: n)
end
for n <- names, _ <- 1..3, do: Agent.update(n, &%{&1 | hits: &1.hits + 1})
Agent.update(:beta, &%{&1 | hits: &1.hits * 10})
IO.inspect(Enum.map(names, &Agent.get(&1, fn s -> {s.name, s.hits, s.start} end)))
IO.inspect(Enum.map(names, &(Process.whereis(&1) |> is_pid())))
swap = fn a, b ->
  va = Agent.get(a, & &1.start)
  vb = Agent.get_and_update(b, fn s -> {s.start, %{s | start: va}} end)
  Agent.update(a, &%{&1 | start: vb})
end
swap.(:alpha, :gamma)
IO.inspect(Enum.map(names, &Agent.get(&1, fn s -> s.start end)))
Agent.stop(:beta)
IO.inspect(Process.whereis(:beta))
r = try do
  Agent.get(:beta, & &1)
catch
  :exit, {reason, {GenServer, :call, _}} -> {:exit, reason}
end
IO.inspect(r)
{:ok, lazy} = Agent.start(fn -> Process.sleep(20); :slow_init end)
IO.inspect(Agent.get(lazy, & &1))
r2 = try do
  Agent.get(lazy, fn _ -> Process.sleep(300) end, 50)
catch
  :exit, {:timeout, _} -> :get_timeout
end
IO.inspect(r2)
Process.sleep(300)
IO.inspect(Agent.get(lazy, & &1))
{:ok, list_agent} = Agent.start_link(fn -> [] end)
me = self()
for i <- 1..5, do: spawn(fn -> Agent.update(list_agent, &[i | &1]); send(me, :ok) end)
for _ <- 1..5, do: (receive do :ok -> :ok end)
IO.inspect(Agent.get(list_agent, &Enum.sort/1))

# CHECK: [{:alpha, 3, 100}, {:beta, 30, 200}, {:gamma, 3, 300}]
# CHECK-NEXT: [true, true, true]
# CHECK-NEXT: [300, 200, 100]
# CHECK-NEXT: nil
# CHECK-NEXT: {:exit, :noproc}
# CHECK-NEXT: :slow_init
# CHECK-NEXT: :get_timeout
# CHECK-NEXT: :slow_init
# CHECK-NEXT: [1, 2, 3, 4, 5]
