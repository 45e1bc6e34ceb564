# RUN: %athanor run %s | FileCheck %s
# :sys.get_state/replace_state/suspend/resume on a GenServer.
defmodule Box do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end

defmodule Main do
  def run do
    {:ok, pid} = GenServer.start_link(Box, [1, 2])
    IO.inspect(:sys.get_state(pid))
    IO.inspect(:sys.replace_state(pid, fn s -> [0 | s] end))
    IO.inspect(GenServer.call(pid, :get))
    :ok = :sys.suspend(pid)
    r = try do
      GenServer.call(pid, :get, 50)
    catch
      :exit, {:timeout, _} -> :suspended
    end
    IO.inspect(r)
    :ok = :sys.resume(pid)
    IO.inspect(GenServer.call(pid, :get))
    r = try do
      :sys.get_state(:nobody)
    catch
      :exit, reason -> reason
    end
    IO.inspect(r)
  end
end

Main.run()

# CHECK: [1, 2]
# CHECK-NEXT: [0, 1, 2]
# CHECK-NEXT: [0, 1, 2]
# CHECK-NEXT: :suspended
# CHECK-NEXT: [0, 1, 2]
# CHECK-NEXT: {:noproc, {:sys, :get_state, [:nobody]}}
