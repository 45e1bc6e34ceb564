# RUN: %athanor run %s | FileCheck %s
# A GenServer that monitors its clients and cleans up when they exit.
defmodule Lobby do
  use GenServer
  def start_link, do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def join(name), do: GenServer.call(__MODULE__, {:join, name})
  def members, do: GenServer.call(__MODULE__, :members)
  @impl true
  def init(:ok), do: {:ok, %{}}
  @impl true
  def handle_call({:join, name}, {pid, _tag}, members) do
    ref = Process.monitor(pid)
    {:reply, :ok, Map.put(members, ref, name)}
  end
  def handle_call(:members, _from, members), do: {:reply, members |> Map.values() |> Enum.sort(), members}
  @impl true
  def handle_info({:DOWN, ref, :process, _pid, reason}, members) do
    IO.puts("#{members[ref]} left (#{inspect(reason)})")
    {:noreply, Map.delete(members, ref)}
  end
end

{:ok, _} = Lobby.start_link()
parent = self()
clients =
  for name <- ["ann", "bob", "cid"] do
    spawn(fn ->
      :ok = Lobby.join(name)
      send(parent, {:joined, name})
      receive do
        {:leave, reason} -> exit(reason)
      end
    end)
  end
for name <- ["ann", "bob", "cid"], do: (receive do {:joined, ^name} -> :ok end)
IO.inspect(Lobby.members())
[ann, bob, _cid] = clients
send(bob, {:leave, :normal})
Process.sleep(50)
send(ann, {:leave, :tired})
Process.sleep(50)
IO.inspect(Lobby.members())

# CHECK: ["ann", "bob", "cid"]
# CHECK-NEXT: bob left (:normal)
# CHECK-NEXT: ann left (:tired)
# CHECK-NEXT: ["cid"]
