# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
defmodule S do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:inc, _, n), do: {:reply, n + 1, n + 1}
  def handle_call(:crash, _, _), do: raise("x")
end
Process.flag(:trap_exit, true)
servers = for i <- 1..50, do: elem(GenServer.start_link(S, i), 1)
tasks = for s <- servers, _ <- 1..20, do: Task.async(fn -> GenServer.call(s, :inc) end)
res = Task.await_many(tasks, 10_000)
IO.inspect(length(res))
crashers = Enum.take_every(servers, 5)
for s <- crashers, do: spawn(fn -> catch_exit = fn -> try do GenServer.call(s, :crash) catch :exit, _ -> :ok end end; catch_exit.() end)
exits = for _ <- crashers, do: (receive do {:EXIT, _, {%RuntimeError{}, _}} -> 1 after 2000 -> 0 end)
IO.inspect(Enum.sum(exits))
alive = Enum.count(servers, &Process.alive?/1)
IO.inspect(alive)
mons = for _ <- 1..2000 do
  pid = spawn(fn -> receive do :go -> :ok end end)
  {pid, Process.monitor(pid)}
end
for {{pid, _}, i} <- Enum.with_index(mons), do: if(rem(i, 2) == 0, do: send(pid, :go), else: Process.exit(pid, :kill))
downs = for {_, ref} <- mons, do: (receive do {:DOWN, ^ref, _, _, r} -> r after 2000 -> :missing end)
IO.inspect(Enum.frequencies(downs))
links = for _ <- 1..500, do: spawn_link(fn -> receive do :x -> exit(:bye) end end)
Enum.each(links, &send(&1, :x))
n = Enum.count(1..500, fn _ -> receive do {:EXIT, _, :bye} -> true after 2000 -> false end end)
IO.inspect(n)

# CHECK: 1000
# CHECK-NEXT: 10
# CHECK-NEXT: 40
# CHECK-NEXT: %{killed: 1000, normal: 1000}
# CHECK-NEXT: 500
