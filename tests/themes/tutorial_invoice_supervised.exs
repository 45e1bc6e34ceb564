# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
defmodule InvoiceStore do
  use Agent
  def start_link(_), do: Agent.start_link(fn -> %{} end, name: __MODULE__)
  def save(inv), do: Agent.update(__MODULE__, &Map.put(&1, inv.id, inv))
  def all, do: Agent.get(__MODULE__, &(&1 |> Map.values() |> Enum.sort_by(fn i -> i.id end)))
end
defmodule InvoiceService do
  use GenServer
  @tax 0.2
  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def submit(inv), do: GenServer.call(__MODULE__, {:submit, inv})
  def stats, do: GenServer.call(__MODULE__, :stats)
  def init(:ok), do: {:ok, %{count: 0, revenue: 0}}
  def handle_call({:submit, %{id: id, items: items}}, _from, s) when items != [] do
    subtotal = Enum.reduce(items, 0, fn %{price: p, qty: q}, acc -> acc + p * q end)
    inv = %{id: id, subtotal: subtotal, tax: subtotal * @tax, total: subtotal * (1 + @tax)}
    InvoiceStore.save(inv)
    {:reply, {:ok, inv.total}, %{s | count: s.count + 1, revenue: s.revenue + inv.total}}
  end
  def handle_call({:submit, %{items: []}}, _from, _s), do: raise(ArgumentError, "empty invoice")
  def handle_call(:stats, _from, s), do: {:reply, s, s}
end
children = [InvoiceStore, InvoiceService, {Task.Supervisor, name: MyApp.TaskSupervisor}]
{:ok, _sup} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect(InvoiceService.submit(%{id: 1, items: [%{price: 10, qty: 3}]}))
IO.inspect(InvoiceService.submit(%{id: 2, items: [%{price: 99.99, qty: 1}, %{price: 0.01, qty: 1}]}))
IO.inspect(InvoiceService.stats())
r = try do
  InvoiceService.submit(%{id: 3, items: []})
catch
  :exit, {{%ArgumentError{message: m}, _}, _} -> {:service_crashed, m}
end
IO.inspect(r)
Process.sleep(50)
IO.inspect(InvoiceService.stats(), label: "stats after restart")
IO.inspect(InvoiceStore.all() |> Enum.map(& &1.id), label: "store survived")
batch = for id <- 10..14, do: %{id: id, items: [%{price: id, qty: 2}]}
results =
  Task.Supervisor.async_stream(MyApp.TaskSupervisor, batch, &InvoiceService.submit/1)
  |> Enum.map(fn {:ok, {:ok, t}} -> t end)
IO.inspect(results)
IO.inspect(InvoiceService.stats())
IO.inspect(length(InvoiceStore.all()))

# CHECK: {:ok, 36.0}
# CHECK-NEXT: {:ok, 120.0}
# CHECK-NEXT: %{count: 2, revenue: 156.0}
# CHECK-NEXT: {:service_crashed, "empty invoice"}
# CHECK-NEXT: stats after restart: %{count: 0, revenue: 0}
# CHECK-NEXT: store survived: [1, 2]
# CHECK-NEXT: [24.0, 26.4, 28.799999999999997, 31.2, 33.6]
# CHECK-NEXT: %{count: 5, revenue: 144.0}
# CHECK-NEXT: 7
