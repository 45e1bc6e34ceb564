# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
defmodule Slow do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, 0, name: name)
  def init(n), do: {:ok, n}
  def handle_call({:sleep, ms}, _from, n) do
    Process.sleep(ms)
    {:reply, {:slept, ms}, n + 1}
  end
  def handle_call(:count, _from, n), do: {:reply, n, n}
  def handle_cast(:bump, n), do: {:noreply, n + 1}
end

{:ok, _} = Slow.start_link(:slow1)
IO.inspect(GenServer.call(:slow1, {:sleep, 10}))
r = try do
  GenServer.call(:slow1, {:sleep, 300}, 50)
catch
  :exit, {:timeout, {GenServer, :call, [_, msg, t]}} -> {:timed_out, msg, t}
end
IO.inspect(r)
Process.sleep(400)
IO.inspect(Process.info(self(), :message_queue_len), label: "mailbox after late reply")
IO.inspect(GenServer.call(:slow1, :count))

r2 = try do
  GenServer.call(:no_such_server, :count)
catch
  :exit, {reason, {GenServer, :call, _}} -> {:exit, reason}
end
IO.inspect(r2)

IO.inspect(GenServer.cast(:no_such_server, :bump))
IO.inspect(GenServer.start_link(Slow, 0, name: :slow1) |> elem(0))
{:error, {:already_started, pid}} = GenServer.start_link(Slow, 0, name: :slow1)
IO.inspect(pid == Process.whereis(:slow1))
for _ <- 1..10, do: GenServer.cast(:slow1, :bump)
IO.inspect(GenServer.call(:slow1, :count))
# :sys.get_state works on gen servers
IO.inspect(:sys.get_state(:slow1))
# many clients concurrently
parent = self()
for i <- 1..5 do
  spawn(fn -> send(parent, {i, GenServer.call(:slow1, {:sleep, i})}) end)
end
res = for i <- 1..5, do: (receive do {^i, r} -> r end)
IO.inspect(res)
IO.inspect(GenServer.call(:slow1, :count))

# CHECK: {:slept, 10}
# CHECK-NEXT: {:timed_out, {:sleep, 300}, 50}
# CHECK-NEXT: mailbox after late reply: {:message_queue_len, 0}
# CHECK-NEXT: 2
# CHECK-NEXT: {:exit, :noproc}
# CHECK-NEXT: :ok
# CHECK-NEXT: :error
# CHECK-NEXT: true
# CHECK-NEXT: 12
# CHECK-NEXT: 12
# CHECK-NEXT: [slept: 1, slept: 2, slept: 3, slept: 4, slept: 5]
# CHECK-NEXT: 17
