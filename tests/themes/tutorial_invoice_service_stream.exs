# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule InvoiceService do
  @tax_rate 0.1
  def process_batch(invoices, opts \\ []) do
    max = Keyword.get(opts, :max_concurrency, 4)
    invoices
    |> Task.async_stream(&process_invoice/1, max_concurrency: max, timeout: 1000)
    |> Enum.zip(invoices)
    |> Enum.map(fn
      {{:ok, {:ok, r}}, _} -> r
      {{:ok, {:error, reason}}, inv} -> %{id: inv.id, error: reason}
    end)
  end
  def process_invoice(%{id: id, items: items}) when is_list(items) and items != [] do
    subtotal = Enum.reduce(items, 0, fn %{price: p, quantity: q}, acc -> acc + p * q end)
    tax = subtotal * @tax_rate
    {:ok, %{id: id, subtotal: subtotal, tax: tax, total: subtotal + tax}}
  end
  def process_invoice(%{items: []}), do: {:error, :empty}
  def process_invoice(_), do: {:error, :malformed}
  def summarize(results) do
    {ok, failed} = Enum.split_with(results, &Map.has_key?(&1, :total))
    %{
      processed: length(ok),
      failed: Enum.map(failed, &{&1.id, &1.error}),
      revenue: ok |> Enum.map(& &1.total) |> Enum.sum(),
      largest: ok |> Enum.max_by(& &1.total, fn -> nil end) |> then(&(&1 && &1.id))
    }
  end
end
invoices = [
  %{id: "INV-1", items: [%{price: 100, quantity: 2}, %{price: 50, quantity: 1}]},
  %{id: "INV-2", items: []},
  %{id: "INV-3", items: [%{price: 19.99, quantity: 3}]},
  %{id: "INV-4"},
  %{id: "INV-5", items: [%{price: 1000, quantity: 1}]}
]
results = InvoiceService.process_batch(invoices, max_concurrency: 2)
Enum.each(results, &IO.inspect/1)
summary = InvoiceService.summarize(results)
IO.inspect(summary)
IO.puts("Revenue: #{summary.revenue}")
IO.puts("Revenue (2dp): #{:erlang.float_to_binary(summary.revenue * 1.0, decimals: 2)}")
IO.inspect(InvoiceService.summarize([]))
many = for i <- 1..30, do: %{id: i, items: [%{price: i, quantity: i}]}
big = InvoiceService.process_batch(many)
IO.inspect(length(big))
IO.inspect(Enum.map(big, & &1.id) == Enum.to_list(1..30))
IO.inspect(InvoiceService.summarize(big).revenue)

# CHECK: %{id: "INV-1", subtotal: 250, tax: 25.0, total: 275.0}
# CHECK-NEXT: %{error: :empty, id: "INV-2"}
# CHECK-NEXT: %{id: "INV-3", subtotal: 59.97, tax: 5.997, total: 65.967}
# CHECK-NEXT: %{error: :malformed, id: "INV-4"}
# CHECK-NEXT: %{id: "INV-5", subtotal: 1000, tax: 100.0, total: 1100.0}
# CHECK-NEXT: %{
# CHECK-NEXT:   failed: [{"INV-2", :empty}, {"INV-4", :malformed}],
# CHECK-NEXT:   largest: "INV-5",
# CHECK-NEXT:   processed: 3,
# CHECK-NEXT:   revenue: 1440.967
# CHECK-NEXT: }
# CHECK-NEXT: Revenue: 1440.967
# CHECK-NEXT: Revenue (2dp): 1440.97
# CHECK-NEXT: %{failed: [], largest: nil, processed: 0, revenue: 0}
# CHECK-NEXT: 30
# CHECK-NEXT: true
# CHECK-NEXT: 10400.5
