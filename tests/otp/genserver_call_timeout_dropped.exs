# RUN: %athanor run %s | FileCheck %s
# After a GenServer.call times out, the late reply never reaches the caller's mailbox.
defmodule Sleepy do
  use GenServer
  def init(_), do: {:ok, 0}
  def handle_call({:sleep, ms}, _from, n) do
    Process.sleep(ms)
    {:reply, {:slept, ms}, n + 1}
  end
  def handle_call(:count, _from, n), do: {:reply, n, n}
end

{:ok, pid} = GenServer.start_link(Sleepy, nil)
result =
  try do
    GenServer.call(pid, {:sleep, 200}, 20)
  catch
    :exit, {:timeout, {GenServer, :call, [^pid, {:sleep, 200}, 20]}} -> :timed_out
  end
IO.inspect(result)
Process.sleep(300)
IO.inspect(Process.info(self(), :messages), label: "mailbox")
IO.inspect(GenServer.call(pid, :count), label: "server handled it")
other = try do
  GenServer.call(pid, {:sleep, 100}, 10)
catch
  :exit, reason -> reason
end
{:timeout, {GenServer, :call, [server, msg, 10]}} = other
IO.inspect({server == pid, msg}, label: "exit reason names the call")
Process.sleep(150)
IO.inspect(Process.info(self(), :message_queue_len))

# CHECK: :timed_out
# CHECK-NEXT: mailbox: {:messages, []}
# CHECK-NEXT: server handled it: 1
# CHECK-NEXT: exit reason names the call: {true, {:sleep, 100}}
# CHECK-NEXT: {:message_queue_len, 0}
