# RUN: %athanor run %s | FileCheck %s
# Exit reasons of a server whose callback fails, as monitors and callers see them:
# raw VM errors with a stacktrace, exception structs from raise, bad return values.
Logger.configure_backend(:console, device: :standard_error)
defmodule Fragile do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:badarith, _from, s), do: {:reply, s + 1, s}
  def handle_call(:raise, _from, _s), do: raise("call failed")
  def handle_call(:bad_return, _from, _s), do: :oops
  def handle_call(:exit, _from, _s), do: exit(:went_away)
  def handle_call(:throw, _from, s), do: throw({:reply, :thrown, s})
  def handle_cast(:badmatch, s) do
    {:ok, _} = s
    {:noreply, s}
  end
  def handle_info(:bad_info, _s), do: {:reply, :not_allowed, :here}
end

defmodule Main do
  def down(msg_fun) do
    {:ok, pid} = GenServer.start(Fragile, :state)
    ref = Process.monitor(pid)
    caller = msg_fun.(pid)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> {caller, summary(reason)}
    end
  end

  def summary({%{__exception__: true} = e, st}) when is_list(st), do: {e.__struct__, Exception.message(e)}
  def summary({reason, st}) when is_list(st), do: {:with_stacktrace, reason}
  def summary(reason), do: reason

  def call(pid, msg) do
    try do
      GenServer.call(pid, msg)
    catch
      :exit, {reason, {GenServer, :call, [_, ^msg, 5000]}} -> {:caller_exit, summary(reason)}
    end
  end

  def run do
    IO.inspect(down(fn pid -> call(pid, :badarith) end))
    IO.inspect(down(fn pid -> call(pid, :raise) end))
    IO.inspect(down(fn pid -> call(pid, :bad_return) end))
    IO.inspect(down(fn pid -> call(pid, :exit) end))
    IO.inspect(down(fn pid -> GenServer.cast(pid, :badmatch) end))
    IO.inspect(down(fn pid -> send(pid, :bad_info) end))
    {:ok, pid} = GenServer.start(Fragile, :state)
    IO.inspect(GenServer.call(pid, :throw), label: "throw is a return value")
  end
end

Main.run()

# CHECK: {{\{\{}}:caller_exit, {:with_stacktrace, :badarith}}, {:with_stacktrace, :badarith}}
# CHECK-NEXT: {{\{\{}}:caller_exit, {RuntimeError, "call failed"}}, {RuntimeError, "call failed"}}
# CHECK-NEXT: {{\{\{}}:caller_exit, {:bad_return_value, :oops}}, {:bad_return_value, :oops}}
# CHECK-NEXT: {{\{\{}}:caller_exit, :went_away}, :went_away}
# CHECK-NEXT: {:ok, {:with_stacktrace, {:badmatch, :state}}}
# CHECK-NEXT: {:bad_info, {:bad_return_value, {:reply, :not_allowed, :here}}}
# CHECK-NEXT: throw is a return value: :thrown
