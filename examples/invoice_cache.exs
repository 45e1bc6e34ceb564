# A cache for priced invoices as a named GenServer: puts and deletes are casts, reads
# are calls that count hits and misses. Every entry can carry a time to live; the
# server arms a timer with Process.send_after and drops the entry when the timer's
# message arrives in handle_info. A stale timer (the entry was overwritten since) is
# recognized by its reference and ignored.
#
# Demonstrates: use GenServer, @impl true, a server registered under a name,
# GenServer.call/cast, handle_info/2 with Process.send_after/3, make_ref/0 and pinned
# matches, read-through caching (fetch/2 computes and stores on a miss), Process.sleep/1.
defmodule InvoiceCache do
  use GenServer

  def start_link(opts \\ []) do
    GenServer.start_link(__MODULE__, %{}, name: Keyword.get(opts, :name, __MODULE__))
  end

  def put(key, value, ttl_ms \\ :infinity), do: GenServer.cast(__MODULE__, {:put, key, value, ttl_ms})
  def get(key), do: GenServer.call(__MODULE__, {:get, key})
  def delete(key), do: GenServer.cast(__MODULE__, {:delete, key})
  def stats, do: GenServer.call(__MODULE__, :stats)

  # Read-through: on a miss, compute the value in the caller and store it.
  def fetch(key, compute) do
    case get(key) do
      {:ok, value} -> value
      :miss ->
        value = compute.()
        put(key, value)
        value
    end
  end

  @impl true
  def init(_), do: {:ok, %{entries: %{}, hits: 0, misses: 0, expired: 0}}

  @impl true
  def handle_cast({:put, key, value, ttl_ms}, state) do
    tag = make_ref()
    if ttl_ms != :infinity, do: Process.send_after(self(), {:expire, key, tag}, ttl_ms)
    {:noreply, put_in(state.entries[key], {value, tag})}
  end

  def handle_cast({:delete, key}, state) do
    {:noreply, %{state | entries: Map.delete(state.entries, key)}}
  end

  @impl true
  def handle_call({:get, key}, _from, state) do
    case Map.fetch(state.entries, key) do
      {:ok, {value, _tag}} -> {:reply, {:ok, value}, %{state | hits: state.hits + 1}}
      :error -> {:reply, :miss, %{state | misses: state.misses + 1}}
    end
  end

  def handle_call(:stats, _from, state) do
    keys = state.entries |> Map.keys() |> Enum.sort()
    {:reply, %{keys: keys, hits: state.hits, misses: state.misses, expired: state.expired}, state}
  end

  @impl true
  def handle_info({:expire, key, tag}, state) do
    case state.entries do
      %{^key => {_value, ^tag}} ->
        {:noreply, %{state | entries: Map.delete(state.entries, key), expired: state.expired + 1}}
      _ ->
        # The entry was deleted or overwritten after this timer was armed.
        {:noreply, state}
    end
  end
end

defmodule Pricing do
  def total(id, items) do
    IO.puts("  (pricing #{id})")
    items |> Enum.map(fn {qty, price} -> qty * price end) |> Enum.sum()
  end
end

{:ok, pid} = InvoiceCache.start_link()
IO.inspect(Process.whereis(InvoiceCache) == pid, label: "registered as InvoiceCache")

InvoiceCache.put("INV-1", 456)
InvoiceCache.put("INV-2", 1198, 100)
InvoiceCache.put("INV-3", 75, 100)
IO.inspect(InvoiceCache.get("INV-1"), label: "get INV-1")
IO.inspect(InvoiceCache.get("INV-2"), label: "get INV-2")
IO.inspect(InvoiceCache.get("INV-9"), label: "get INV-9")

# Overwrite INV-3 without a ttl: its old timer fires but must not remove it.
InvoiceCache.put("INV-3", 80)
InvoiceCache.delete("INV-1")
IO.inspect(InvoiceCache.stats(), label: "stats")

Process.sleep(300)
IO.inspect(InvoiceCache.get("INV-2"), label: "get INV-2 after its ttl")
IO.inspect(InvoiceCache.get("INV-3"), label: "get INV-3 after the old ttl")

IO.puts("read-through:")
for _ <- 1..3 do
  total = InvoiceCache.fetch("INV-4", fn -> Pricing.total("INV-4", [{2, 120}, {4, 35}]) end)
  IO.puts("  INV-4 = #{total}")
end

IO.inspect(InvoiceCache.stats(), label: "stats")
