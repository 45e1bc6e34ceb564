# RUN: %athanor run %s | FileCheck %s
# {:continue, term} runs handle_continue/2 before any message; an integer timeout sends
# :timeout to handle_info/2 when no message arrives in time.
defmodule Cont do
  use GenServer
  def init(log), do: {:ok, [:init | log], {:continue, :warm_up}}
  def handle_continue(:warm_up, log), do: {:noreply, [:continued | log]}
  def handle_continue(:after_call, log), do: {:noreply, [:after_call | log]}
  def handle_call(:log, _from, log), do: {:reply, Enum.reverse(log), log}
  def handle_call(:then_continue, _from, log), do: {:reply, :ok, [:call | log], {:continue, :after_call}}
  def handle_call(:arm, _from, log), do: {:reply, :armed, [:armed | log], 50}
  def handle_cast(:arm, log), do: {:noreply, [:cast_armed | log], 30}
  def handle_info(:timeout, log), do: {:noreply, [:timeout | log]}
end

{:ok, pid} = GenServer.start_link(Cont, [])
IO.inspect(GenServer.call(pid, :log))
:ok = GenServer.call(pid, :then_continue)
IO.inspect(GenServer.call(pid, :log))
:armed = GenServer.call(pid, :arm)
Process.sleep(150)
IO.inspect(GenServer.call(pid, :log))
GenServer.cast(pid, :arm)
Process.sleep(100)
IO.inspect(GenServer.call(pid, :log))

# CHECK: [:init, :continued]
# CHECK-NEXT: [:init, :continued, :call, :after_call]
# CHECK-NEXT: [:init, :continued, :call, :after_call, :armed, :timeout]
# CHECK-NEXT: [:init, :continued, :call, :after_call, :armed, :timeout, :cast_armed, :timeout]
