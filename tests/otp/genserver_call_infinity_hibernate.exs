# RUN: %athanor run %s | FileCheck %s
# :hibernate results, calls with :infinity, and many queued casts handled in order.
defmodule Log do
  use GenServer
  def init(_), do: {:ok, []}
  def handle_cast({:add, x}, log), do: {:noreply, [x | log], :hibernate}
  def handle_call(:get, _from, log), do: {:reply, Enum.reverse(log), log, :hibernate}
  def handle_call({:slow, ms}, _from, log) do
    Process.sleep(ms)
    {:reply, :slow_done, log}
  end
end

{:ok, pid} = GenServer.start_link(Log, nil)
for i <- 1..1000, do: GenServer.cast(pid, {:add, i})
log = GenServer.call(pid, :get, :infinity)
IO.inspect({length(log), Enum.take(log, 3), List.last(log)})
IO.inspect(log == Enum.to_list(1..1000), label: "in order")
IO.inspect(GenServer.call(pid, {:slow, 100}, :infinity))

# CHECK: {1000, [1, 2, 3], 1000}
# CHECK-NEXT: in order: true
# CHECK-NEXT: :slow_done
