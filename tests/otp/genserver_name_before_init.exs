# RUN: %athanor run %s | FileCheck %s
# A name given to start_link is registered before init/1 runs; a second start with the
# same name gets {:error, {:already_started, pid}}.
defmodule Named do
  use GenServer
  def init(arg) do
    {:ok, {arg, Process.whereis(:named_server) == self()}}
  end
  def handle_call(:state, _from, s), do: {:reply, s, s}
end

{:ok, pid} = GenServer.start_link(Named, :first, name: :named_server)
IO.inspect(GenServer.call(:named_server, :state), label: "registered during init")
{:error, {:already_started, other}} = GenServer.start_link(Named, :second, name: :named_server)
IO.inspect(other == pid, label: "already_started names the running server")
{:error, {:already_started, ^pid}} = GenServer.start(Named, :third, name: :named_server)
IO.inspect(GenServer.whereis(:named_server) == pid, label: "whereis")
IO.inspect(GenServer.whereis(:nobody), label: "whereis unknown")
IO.inspect(GenServer.call(pid, :state), label: "state kept")

# CHECK: registered during init: {:first, true}
# CHECK-NEXT: already_started names the running server: true
# CHECK-NEXT: whereis: true
# CHECK-NEXT: whereis unknown: nil
# CHECK-NEXT: state kept: {:first, true}
