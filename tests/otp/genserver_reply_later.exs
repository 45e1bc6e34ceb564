# RUN: %athanor run %s | FileCheck %s
# handle_call can return {:noreply, state} and answer later with GenServer.reply/2.
defmodule Deferred do
  use GenServer
  def init(_), do: {:ok, []}
  def handle_call(:wait, from, waiting), do: {:noreply, [from | waiting]}
  def handle_call(:release, _from, waiting) do
    waiting |> Enum.reverse() |> Enum.with_index() |> Enum.each(fn {from, i} -> GenServer.reply(from, {:released, i}) end)
    {:reply, length(waiting), []}
  end
end

{:ok, pid} = GenServer.start_link(Deferred, nil)
parent = self()
for i <- 1..3 do
  spawn(fn -> send(parent, {i, GenServer.call(pid, :wait)}) end)
  Process.sleep(20)
end
IO.inspect(GenServer.call(pid, :release), label: "released")
for i <- 1..3 do
  receive do
    {^i, reply} -> IO.inspect({i, reply})
  end
end

# CHECK: released: 3
# CHECK-NEXT: {1, {:released, 0}}
# CHECK-NEXT: {2, {:released, 1}}
# CHECK-NEXT: {3, {:released, 2}}
