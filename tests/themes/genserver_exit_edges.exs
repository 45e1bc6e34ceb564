# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
defmodule Edge do
  use GenServer
  def start(opts \\ []), do: GenServer.start(__MODULE__, opts)
  def init(opts) do
    if opts[:trap], do: Process.flag(:trap_exit, true)
    {:ok, opts}
  end
  def handle_call(:stop_normal_noreply, _from, s), do: {:stop, :normal, s}
  def handle_call(:exit_inside, _from, _s), do: exit(:inside)
  def handle_call(:slow, _from, s), do: (Process.sleep(300); {:reply, :slow, s})
  def handle_call(:ping, _from, s), do: {:reply, :pong, s}
  def handle_info({:EXIT, _from, reason}, s), do: {:stop, {:linked_exit, reason}, s}
  def terminate(reason, s) do
    if pid = s[:report], do: send(pid, {:terminated, reason})
    :ok
  end
end
catch_exit = fn f ->
  try do
    f.()
  catch
    :exit, {reason, {GenServer, fun, _}} -> {:exit, fun, reason}
  end
end
{:ok, a} = Edge.start(report: self())
IO.inspect(catch_exit.(fn -> GenServer.call(a, :stop_normal_noreply) end))
receive do {:terminated, r} -> IO.inspect(r, label: "terminate a") end
{:ok, b} = Edge.start(report: self())
IO.inspect(catch_exit.(fn -> GenServer.call(b, :exit_inside) end))
receive do {:terminated, r} -> IO.inspect(r, label: "terminate b") end
{:ok, c} = Edge.start()
IO.inspect(catch_exit.(fn -> GenServer.call(c, :slow, 50) end))
IO.inspect(GenServer.call(c, :ping), label: "c still alive after caller timeout")
{:ok, d} = Edge.start(trap: true, report: self())
helper = spawn(fn -> Process.link(d); receive do :die -> exit(:helper_died) end end)
Process.sleep(20)
send(helper, :die)
receive do {:terminated, r} -> IO.inspect(r, label: "terminate d") end
IO.inspect(Process.alive?(d))
{:ok, e} = Edge.start(report: self())
IO.inspect(GenServer.stop(e, :shutdown))
receive do {:terminated, r} -> IO.inspect(r, label: "terminate e") end
IO.inspect(catch_exit.(fn -> GenServer.stop(e) end))
IO.inspect(catch_exit.(fn -> GenServer.call(e, :ping) end))
{:ok, f} = Edge.start()
Process.exit(f, :kill)
Process.sleep(20)
IO.inspect(catch_exit.(fn -> GenServer.call(f, :ping) end))

# CHECK: {:exit, :call, :normal}
# CHECK-NEXT: terminate a: :normal
# CHECK-NEXT: {:exit, :call, :inside}
# CHECK-NEXT: terminate b: :inside
# CHECK-NEXT: {:exit, :call, :timeout}
# CHECK-NEXT: c still alive after caller timeout: :pong
# CHECK-NEXT: terminate d: {:linked_exit, :helper_died}
# CHECK-NEXT: false
# CHECK-NEXT: :ok
# CHECK-NEXT: terminate e: :shutdown
# CHECK-NEXT: {:exit, :stop, :noproc}
# CHECK-NEXT: {:exit, :call, :noproc}
# CHECK-NEXT: {:exit, :call, :noproc}
