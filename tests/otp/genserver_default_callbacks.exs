# RUN: %athanor run %s | FileCheck %s
# The callbacks `use GenServer` injects: init/1 returns {:ok, arg}, handle_call/3 and
# handle_cast/2 crash the server with Elixir's message, handle_info/2 keeps the state.
Logger.configure_backend(:console, device: :standard_error)
defmodule Bare do
  use GenServer
end

defmodule OnlyCall do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end

defmodule Main do
  def run do
    {:ok, pid} = GenServer.start(Bare, :initial)
    IO.inspect(:sys.get_state(pid), label: "default init state")
    {{%RuntimeError{message: msg}, _}, {GenServer, :call, [^pid, :anything, 5000]}} =
      catch_exit(fn -> GenServer.call(pid, :anything) end)
    IO.puts(String.replace(msg, inspect(pid), "PID"))

    {:ok, pid} = GenServer.start(OnlyCall, :kept, name: :only_call)
    send(pid, :unexpected)
    IO.inspect(GenServer.call(pid, :get), label: "after unexpected message")
    ref = Process.monitor(pid)
    GenServer.cast(pid, :no_cast_clause)
    receive do
      {:DOWN, ^ref, :process, ^pid, {%RuntimeError{message: msg}, _}} -> IO.puts(msg)
    end
  end

  defp catch_exit(fun) do
    try do
      fun.()
    catch
      :exit, reason -> reason
    end
  end
end

Main.run()

# CHECK: default init state: :initial
# CHECK-NEXT: attempted to call GenServer PID but no handle_call/3 clause was provided
# CHECK-NEXT: after unexpected message: :kept
# CHECK-NEXT: attempted to cast GenServer :only_call but no handle_cast/2 clause was provided
