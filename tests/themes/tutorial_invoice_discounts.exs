# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule InvoiceCalculator do
  use GenServer
  @tax_rates %{standard: 0.2, reduced: 0.05, zero: 0.0}

  def start_link(opts \\ []), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
  def calculate(invoice), do: GenServer.call(__MODULE__, {:calculate, invoice})
  def history, do: GenServer.call(__MODULE__, :history)

  @impl true
  def init(opts), do: {:ok, %{discount: Keyword.get(opts, :discount, 0), history: []}}

  @impl true
  def handle_call({:calculate, %{id: id, items: items} = inv}, _from, state) do
    lines = Enum.map(items, &line_total/1)
    subtotal = lines |> Enum.map(&elem(&1, 0)) |> Enum.sum()
    tax = lines |> Enum.map(&elem(&1, 1)) |> Enum.sum()
    discount = if Map.get(inv, :vip, false), do: subtotal * state.discount / 100, else: 0
    total = Float.round((subtotal + tax - discount) * 1.0, 2)
    result = %{id: id, subtotal: subtotal, tax: tax, discount: discount, total: total}
    {:reply, {:ok, result}, %{state | history: [id | state.history]}}
  end
  def handle_call({:calculate, _}, _from, state), do: {:reply, {:error, :invalid}, state}
  def handle_call(:history, _from, state), do: {:reply, Enum.reverse(state.history), state}

  defp line_total(%{price: p, quantity: q} = item) do
    rate = Map.fetch!(@tax_rates, Map.get(item, :tax, :standard))
    net = p * q
    {net, net * rate}
  end
end

{:ok, _} = InvoiceCalculator.start_link(discount: 10)
invoices = [
  %{id: 101, items: [%{price: 19.99, quantity: 3}, %{price: 5, quantity: 2, tax: :reduced}]},
  %{id: 102, vip: true, items: [%{price: 1200, quantity: 1}, %{price: 0.5, quantity: 10, tax: :zero}]},
  %{id: 103, items: []},
  %{id: 104, items: [%{price: 33.33, quantity: 3, tax: :reduced}]},
  %{bad: true}
]
for inv <- invoices do
  case InvoiceCalculator.calculate(inv) do
    {:ok, r} ->
      IO.puts("Invoice #{r.id}: subtotal #{r.subtotal}, tax #{r.tax}, discount #{r.discount}, total #{r.total}")
      IO.inspect(r)
    {:error, reason} ->
      IO.puts("rejected: #{inspect(reason)}")
  end
end
IO.inspect(InvoiceCalculator.history())
totals = for id <- [101, 102, 104], do: elem(InvoiceCalculator.calculate(Enum.find(invoices, &(&1[:id] == id))), 1).total
IO.inspect(totals)
IO.puts("Grand total: #{Enum.sum(totals)}")
IO.puts("Formatted: " <> :erlang.float_to_binary(Enum.sum(totals), decimals: 2))

# CHECK: Invoice 101: subtotal 69.97, tax 12.494, discount 0, total 82.46
# CHECK-NEXT: %{discount: 0, id: 101, subtotal: 69.97, tax: 12.494, total: 82.46}
# CHECK-NEXT: Invoice 102: subtotal 1205.0, tax 240.0, discount 120.5, total 1324.5
# CHECK-NEXT: %{discount: 120.5, id: 102, subtotal: 1205.0, tax: 240.0, total: 1324.5}
# CHECK-NEXT: Invoice 103: subtotal 0, tax 0, discount 0, total 0.0
# CHECK-NEXT: %{discount: 0, id: 103, subtotal: 0, tax: 0, total: 0.0}
# CHECK-NEXT: Invoice 104: subtotal 99.99, tax 4.9995, discount 0, total 104.99
# CHECK-NEXT: %{discount: 0, id: 104, subtotal: 99.99, tax: 4.9995, total: 104.99}
# CHECK-NEXT: rejected: :invalid
# CHECK-NEXT: 'efgh'
# CHECK-NEXT: [82.46, 1324.5, 104.99]
# CHECK-NEXT: Grand total: 1511.95
# CHECK-NEXT: Formatted: 1511.95
