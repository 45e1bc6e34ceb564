# Invoice processing with raw processes: each invoice is priced by its own worker
# process, which sends the result back; the caller collects the replies with a selective
# receive and gives up on a worker that takes too long.
#
# Demonstrates: spawn/1, send/2, receive with patterns and `after`, self/0, maps,
# Enum.reduce/3, module attributes, string interpolation.
defmodule InvoiceProcessor do
  @tax_rate 0.2
  @timeout_ms 500

  # Prices one invoice in a worker process; returns {:ok, total} or {:error, :timeout}.
  def process(invoice, delay_ms \\ 0) do
    caller = self()
    ref = make_ref()

    spawn(fn ->
      if delay_ms > 0, do: Process.sleep(delay_ms)
      send(caller, {:priced, ref, total(invoice)})
    end)

    receive do
      {:priced, ^ref, amount} -> {:ok, amount}
    after
      @timeout_ms -> {:error, :timeout}
    end
  end

  def total(%{items: items}) do
    subtotal = Enum.reduce(items, 0, fn %{price: p, qty: q}, acc -> acc + p * q end)
    Float.round(subtotal * (1 + @tax_rate), 2)
  end
end

invoices = [
  %{id: "INV-1", items: [%{price: 120, qty: 2}, %{price: 35, qty: 4}]},
  %{id: "INV-2", items: [%{price: 999, qty: 1}]},
  %{id: "INV-3", items: []}
]

for invoice <- invoices do
  {:ok, amount} = InvoiceProcessor.process(invoice)
  IO.puts("#{invoice.id}: #{amount}")
end

# A worker that is slower than the timeout.
IO.inspect(InvoiceProcessor.process(hd(invoices), 2_000), label: "slow worker")
