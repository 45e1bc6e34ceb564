# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule RateLimiter do
  use GenServer
  def start_link(limit), do: GenServer.start_link(__MODULE__, limit, name: __MODULE__)
  def request(client), do: GenServer.call(__MODULE__, {:request, client})
  def reset, do: send(__MODULE__, :reset)
  def usage, do: GenServer.call(__MODULE__, :usage)
  @impl true
  def init(limit), do: {:ok, %{limit: limit, counts: %{}, denied: 0}}
  @impl true
  def handle_call({:request, c}, _from, %{limit: l, counts: counts} = s) do
    n = Map.get(counts, c, 0)
    if n < l do
      {:reply, {:ok, l - n - 1}, %{s | counts: Map.put(counts, c, n + 1)}}
    else
      {:reply, {:error, :rate_limited}, %{s | denied: s.denied + 1}}
    end
  end
  def handle_call(:usage, _from, s), do: {:reply, {Enum.sort(s.counts), s.denied}, s}
  @impl true
  def handle_info(:reset, s), do: {:noreply, %{s | counts: %{}}}
end
{:ok, _} = RateLimiter.start_link(3)
for i <- 1..5, do: IO.inspect({i, RateLimiter.request("alice")})
IO.inspect(RateLimiter.request("bob"))
IO.inspect(RateLimiter.usage())
RateLimiter.reset()
IO.inspect(RateLimiter.request("alice"))
me = self()
for c <- ~w(x y z), _ <- 1..4 do
  spawn(fn -> send(me, {c, RateLimiter.request(c)}) end)
end
replies = for _ <- 1..12, do: (receive do {c, r} -> {c, elem(r, 0)} end)
IO.inspect(replies |> Enum.frequencies() |> Enum.sort())
IO.inspect(RateLimiter.usage())

# CHECK: {1, {:ok, 2}}
# CHECK-NEXT: {2, {:ok, 1}}
# CHECK-NEXT: {3, {:ok, 0}}
# CHECK-NEXT: {4, {:error, :rate_limited}}
# CHECK-NEXT: {5, {:error, :rate_limited}}
# CHECK-NEXT: {:ok, 2}
# CHECK-NEXT: {[{"alice", 3}, {"bob", 1}], 2}
# CHECK-NEXT: {:ok, 2}
# CHECK-NEXT: [
# CHECK-NEXT:   {{\{\{}}"x", :error}, 1},
# CHECK-NEXT:   {{\{\{}}"x", :ok}, 3},
# CHECK-NEXT:   {{\{\{}}"y", :error}, 1},
# CHECK-NEXT:   {{\{\{}}"y", :ok}, 3},
# CHECK-NEXT:   {{\{\{}}"z", :error}, 1},
# CHECK-NEXT:   {{\{\{}}"z", :ok}, 3}
# CHECK-NEXT: ]
# CHECK-NEXT: {[{"alice", 1}, {"x", 3}, {"y", 3}, {"z", 3}], 5}
