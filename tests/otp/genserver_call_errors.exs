# RUN: %athanor run %s | FileCheck %s
# Calls to unknown names, dead pids and to self exit with Elixir's reasons.
defmodule Echo do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:self_call, _from, s), do: {:reply, GenServer.call(self(), :x), s}
  def handle_call(msg, _from, s), do: {:reply, msg, s}
end

catch_exit = fn fun ->
  try do
    fun.()
  catch
    :exit, reason -> {:exit, reason}
  end
end

IO.inspect(catch_exit.(fn -> GenServer.call(:no_such_name, :hello) end))
IO.inspect(catch_exit.(fn -> GenServer.call(:no_such_name, :hello, 100) end))
{:ok, pid} = GenServer.start(Echo, nil)
IO.inspect(GenServer.call(pid, :hello))
GenServer.stop(pid)
{:exit, {reason, {GenServer, :call, [_, :hello, 5000]}}} = catch_exit.(fn -> GenServer.call(pid, :hello) end)
IO.inspect(reason, label: "dead pid")
IO.inspect(catch_exit.(fn -> GenServer.stop(:no_such_name) end))
IO.inspect(GenServer.cast(:no_such_name, :hi), label: "cast to unknown name")
IO.inspect(GenServer.cast(pid, :hi), label: "cast to dead pid")
{:exit, {:calling_self, {GenServer, :call, [_, :x, 5000]}}} =
  catch_exit.(fn -> GenServer.call(self(), :x) end)
IO.puts("calling_self")

# CHECK: {:exit, {:noproc, {GenServer, :call, [:no_such_name, :hello, 5000]}}}
# CHECK-NEXT: {:exit, {:noproc, {GenServer, :call, [:no_such_name, :hello, 100]}}}
# CHECK-NEXT: :hello
# CHECK-NEXT: dead pid: :noproc
# CHECK-NEXT: {:exit, {:noproc, {GenServer, :stop, [:no_such_name, :normal, :infinity]}}}
# CHECK-NEXT: cast to unknown name: :ok
# CHECK-NEXT: cast to dead pid: :ok
# CHECK-NEXT: calling_self
