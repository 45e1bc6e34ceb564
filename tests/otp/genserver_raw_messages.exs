# RUN: %athanor run %s | FileCheck %s
# The message shapes a GenServer understands, sent by hand.
defmodule Raw do
  use GenServer
  def init(_), do: {:ok, []}
  def handle_call(msg, {pid, _tag}, s), do: {:reply, {:got, msg, pid == self()}, [msg | s]}
  def handle_cast(msg, s), do: {:noreply, [{:cast, msg} | s]}
  def handle_info(msg, s), do: {:noreply, [{:info, msg} | s]}
end

{:ok, pid} = GenServer.start_link(Raw, nil)
ref = make_ref()
send(pid, {:"$gen_call", {self(), ref}, :by_hand})
receive do
  {^ref, reply} -> IO.inspect(reply, label: "reply to a hand-made call")
end
send(pid, {:"$gen_cast", :hand_cast})
send(pid, :plain)
{_, _, _} = GenServer.call(pid, :sync)
ref2 = make_ref()
send(pid, {:"$gen_call", {self(), ref2}, :history})
receive do
  {^ref2, {:got, :history, false}} -> :ok
end
IO.inspect(:sys.get_state(pid) |> Enum.reverse(), label: "history")

# CHECK: reply to a hand-made call: {:got, :by_hand, false}
# CHECK-NEXT: history: [:by_hand, {:cast, :hand_cast}, {:info, :plain}, :sync, :history]
