# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Cache do
  use GenServer
  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
  def put(k, v, ttl \\ :infinity), do: GenServer.cast(__MODULE__, {:put, k, v, ttl})
  def get(k), do: GenServer.call(__MODULE__, {:get, k})
  def size, do: GenServer.call(__MODULE__, :size)
  def expired, do: GenServer.call(__MODULE__, :expired)
  @impl true
  def init(_opts), do: {:ok, %{data: %{}, expired: []}}
  @impl true
  def handle_cast({:put, k, v, ttl}, s) do
    if ttl != :infinity, do: Process.send_after(self(), {:expire, k, v}, ttl)
    {:noreply, put_in(s.data[k], v)}
  end
  @impl true
  def handle_call({:get, k}, _from, s) do
    reply = case Map.fetch(s.data, k) do
      {:ok, v} -> {:hit, v}
      :error -> :miss
    end
    {:reply, reply, s}
  end
  def handle_call(:size, _from, s), do: {:reply, map_size(s.data), s}
  def handle_call(:expired, _from, s), do: {:reply, Enum.reverse(s.expired), s}
  @impl true
  def handle_info({:expire, k, v}, s) do
    case s.data do
      %{^k => ^v} -> {:noreply, %{s | data: Map.delete(s.data, k), expired: [k | s.expired]}}
      _ -> {:noreply, s}
    end
  end
end
{:ok, _} = Cache.start_link([])
Cache.put(:permanent, 1)
Cache.put(:short, 2, 100)
Cache.put(:medium, 3, 600)
Cache.put(:replaced, :old, 60)
Cache.put(:replaced, :new)
IO.inspect(Enum.map([:permanent, :short, :medium, :replaced, :none], &Cache.get/1))
Process.sleep(300)
IO.inspect(Enum.map([:permanent, :short, :medium, :replaced], &Cache.get/1))
IO.inspect(Cache.expired())
Process.sleep(500)
IO.inspect(Enum.map([:permanent, :short, :medium, :replaced], &Cache.get/1))
IO.inspect(Cache.expired())
IO.inspect(Cache.size())

# CHECK: [{:hit, 1}, {:hit, 2}, {:hit, 3}, {:hit, :new}, :miss]
# CHECK-NEXT: [{:hit, 1}, :miss, {:hit, 3}, {:hit, :new}]
# CHECK-NEXT: [:short]
# CHECK-NEXT: [{:hit, 1}, :miss, :miss, {:hit, :new}]
# CHECK-NEXT: [:short, :medium]
# CHECK-NEXT: 2
