# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Cache do
  use GenServer

  def start_link(opts \\ []) do
    GenServer.start_link(__MODULE__, Keyword.get(opts, :max_size, 3), name: __MODULE__)
  end
  def put(k, v), do: GenServer.call(__MODULE__, {:put, k, v})
  def get(k), do: GenServer.call(__MODULE__, {:get, k})
  def keys, do: GenServer.call(__MODULE__, :keys)
  def clear, do: GenServer.cast(__MODULE__, :clear)
  def stats, do: GenServer.call(__MODULE__, :stats)

  @impl true
  def init(max), do: {:ok, %{max: max, data: %{}, order: [], evictions: 0, hits: 0, misses: 0}}

  @impl true
  def handle_call({:put, k, v}, _from, %{data: data, order: order, max: max} = s) do
    order = [k | List.delete(order, k)]
    data = Map.put(data, k, v)
    if length(order) > max do
      {evicted, kept} = List.pop_at(order, -1)
      {:reply, {:evicted, evicted}, %{s | data: Map.delete(data, evicted), order: kept, evictions: s.evictions + 1}}
    else
      {:reply, :ok, %{s | data: data, order: order}}
    end
  end
  def handle_call({:get, k}, _from, s) do
    case s.data do
      %{^k => v} -> {:reply, {:ok, v}, %{s | hits: s.hits + 1, order: [k | List.delete(s.order, k)]}}
      _ -> {:reply, :error, %{s | misses: s.misses + 1}}
    end
  end
  def handle_call(:keys, _from, s), do: {:reply, s.order, s}
  def handle_call(:stats, _from, s), do: {:reply, Map.take(s, [:evictions, :hits, :misses]) |> Map.put(:size, map_size(s.data)), s}

  @impl true
  def handle_cast(:clear, s), do: {:noreply, %{s | data: %{}, order: []}}
end

{:ok, _} = Cache.start_link(max_size: 3)
IO.inspect(Cache.put(:a, 1))
IO.inspect(Cache.put(:b, 2))
IO.inspect(Cache.put(:c, 3))
IO.inspect(Cache.get(:a))
IO.inspect(Cache.put(:d, 4))
IO.inspect(Cache.keys())
IO.inspect(Cache.get(:b))
IO.inspect(Cache.put(:a, 100))
IO.inspect(Cache.get(:a))
IO.inspect(Cache.stats())
Cache.clear()
IO.inspect(Cache.keys())
IO.inspect(Cache.stats())
results = for i <- 1..10, do: Cache.put({:k, i}, i)
IO.inspect(Enum.frequencies_by(results, fn :ok -> :ok; {:evicted, _} -> :evicted end))
IO.inspect(Cache.keys())

# CHECK: :ok
# CHECK-NEXT: :ok
# CHECK-NEXT: :ok
# CHECK-NEXT: {:ok, 1}
# CHECK-NEXT: {:evicted, :b}
# CHECK-NEXT: [:d, :a, :c]
# CHECK-NEXT: :error
# CHECK-NEXT: :ok
# CHECK-NEXT: {:ok, 100}
# CHECK-NEXT: %{evictions: 1, hits: 2, misses: 1, size: 3}
# CHECK-NEXT: []
# CHECK-NEXT: %{evictions: 1, hits: 2, misses: 1, size: 0}
# CHECK-NEXT: %{evicted: 7, ok: 3}
# CHECK-NEXT: [k: 10, k: 9, k: 8]
