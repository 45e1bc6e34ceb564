# Invoice processing with tasks: a batch of invoices is priced concurrently, one
# `Task.async` per invoice, and the results are gathered with `Task.await_many`, which
# returns them in the order the tasks were started whatever order they finish in. A
# month of invoices then goes through `Task.async_stream` with bounded concurrency.
#
# Demonstrates: Task.async/1, Task.await_many/2, Task.async_stream/3 with
# max_concurrency and ordered results, structs, Enum.zip/2, Enum.group_by/3,
# Enum.max_by/2, Enum.map_join/3, Float.round/2, :erlang.float_to_binary/2,
# String.pad_leading/2 and pad_trailing/2.
defmodule Invoice do
  defstruct id: nil, customer: nil, lines: [], country: :fr
end

defmodule Pricing do
  @vat %{fr: 0.2, de: 0.19, uk: 0.2, us: 0.0}

  # Simulates a slow pricing call (a remote tax service, say).
  def price(%Invoice{lines: lines, country: country} = invoice, delay_ms) do
    Process.sleep(delay_ms)
    net = Enum.reduce(lines, 0, fn {_sku, qty, unit}, acc -> acc + qty * unit end)
    vat = Float.round(net * Map.fetch!(@vat, country), 2)
    %{id: invoice.id, customer: invoice.customer, net: net, vat: vat, gross: net + vat}
  end
end

defmodule Batch do
  def invoices do
    [
      %Invoice{id: "INV-100", customer: "Acme", lines: [{"bolt", 100, 2}, {"nut", 100, 1}]},
      %Invoice{id: "INV-101", customer: "Globex", lines: [{"gear", 3, 45}], country: :de},
      %Invoice{id: "INV-102", customer: "Acme", lines: [{"spring", 12, 5}], country: :uk},
      %Invoice{id: "INV-103", customer: "Initech", lines: [{"lever", 2, 250}], country: :us},
      %Invoice{id: "INV-104", customer: "Globex", lines: []}
    ]
  end

  def month do
    for n <- 1..20 do
      %Invoice{id: "M-#{n}", customer: "C#{rem(n, 3)}", lines: [{"item", n, 10 + n}]}
    end
  end

  def money(amount), do: :erlang.float_to_binary(amount / 1, decimals: 2)
end

IO.puts("== batch priced with Task.async + Task.await_many")

# The first invoices take longest, so they finish last; await_many keeps the input order.
priced =
  Batch.invoices()
  |> Enum.zip([80, 60, 40, 20, 0])
  |> Enum.map(fn {invoice, delay} -> Task.async(fn -> Pricing.price(invoice, delay) end) end)
  |> Task.await_many(5_000)

for p <- priced do
  IO.puts("#{p.id}  #{String.pad_trailing(p.customer, 8)}#{String.pad_leading(Batch.money(p.gross), 9)}")
end

total = priced |> Enum.map(& &1.gross) |> Enum.sum()
IO.puts("total: #{Batch.money(total)}")

IO.puts("== gross per customer")

priced
|> Enum.group_by(& &1.customer, & &1.gross)
|> Enum.sort()
|> Enum.each(fn {customer, amounts} ->
  IO.puts("#{customer}: #{Batch.money(Enum.sum(amounts))} (#{length(amounts)} invoices)")
end)

IO.puts("== a month of invoices through Task.async_stream (max_concurrency: 4)")

results =
  Batch.month()
  |> Task.async_stream(fn invoice -> Pricing.price(invoice, rem(String.length(invoice.id), 4) * 5) end,
    max_concurrency: 4,
    timeout: 1_000
  )
  |> Enum.map(fn {:ok, priced} -> priced end)

first = results |> Enum.take(5) |> Enum.map_join(" ", & &1.id)
IO.puts("priced #{length(results)} invoices, in input order: #{first} ...")
IO.inspect(results |> Enum.max_by(& &1.gross) |> Map.take([:id, :net, :gross]), label: "largest")
IO.puts("month gross: #{results |> Enum.map(& &1.gross) |> Enum.sum() |> Batch.money()}")
