# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
defmodule InvoiceProcessor do
  @tax_rate 0.08
  def process(invoice, opts \\ []) do
    timeout = Keyword.get(opts, :timeout, 1000)
    delay = Keyword.get(opts, :delay, 0)
    parent = self()
    ref = make_ref()
    pid = spawn(fn ->
      Process.sleep(delay)
      send(parent, {ref, calculate(invoice)})
    end)
    receive do
      {^ref, {:ok, total}} -> {:ok, total}
      {^ref, {:error, _} = e} -> e
    after
      timeout ->
        Process.exit(pid, :kill)
        {:error, :timeout}
    end
  end
  def calculate(%{items: []}), do: {:error, :no_items}
  def calculate(%{items: items, discount: d}) when d > 0 and d < 1 do
    {:ok, subtotal} = calculate(%{items: items})
    {:ok, Float.round(subtotal * (1 - d), 2)}
  end
  def calculate(%{items: items}) do
    if Enum.all?(items, &valid_item?/1) do
      subtotal = Enum.reduce(items, 0, fn %{price: p, quantity: q}, acc -> acc + p * q end)
      {:ok, Float.round(subtotal * (1 + @tax_rate), 2)}
    else
      {:error, :invalid_item}
    end
  end
  defp valid_item?(%{price: p, quantity: q}) when is_number(p) and p >= 0 and is_integer(q) and q > 0, do: true
  defp valid_item?(_), do: false
end
invoices = [
  {1001, %{items: [%{price: 25.0, quantity: 4}]}, []},
  {1002, %{items: [%{price: 9.99, quantity: 3}, %{price: 100, quantity: 1}], discount: 0.15}, []},
  {1003, %{items: []}, []},
  {1004, %{items: [%{price: -1, quantity: 1}]}, []},
  {1005, %{items: [%{price: 10, quantity: 1}]}, [delay: 300, timeout: 30]},
  {1006, %{items: [%{price: 10, quantity: 1}]}, [delay: 20, timeout: 1000]}
]
for {id, inv, opts} <- invoices do
  case InvoiceProcessor.process(inv, opts) do
    {:ok, total} -> IO.puts("invoice #{id}: total #{total}")
    {:error, reason} -> IO.puts("invoice #{id}: failed (#{reason})")
  end
end
Process.sleep(400)
{:messages, leftover} = Process.info(self(), :messages)
IO.inspect(leftover, label: "leftover messages")
summary =
  invoices
  |> Enum.map(fn {id, inv, _} -> {id, InvoiceProcessor.calculate(inv)} end)
  |> Enum.group_by(fn {_, {status, _}} -> status end, fn {id, _} -> id end)
IO.inspect(summary)

# CHECK: invoice 1001: total 108.0
# CHECK-NEXT: invoice 1002: total 119.31
# CHECK-NEXT: invoice 1003: failed (no_items)
# CHECK-NEXT: invoice 1004: failed (invalid_item)
# CHECK-NEXT: invoice 1005: failed (timeout)
# CHECK-NEXT: invoice 1006: total 10.8
# CHECK-NEXT: leftover messages: []
# CHECK-NEXT: %{error: [1003, 1004], ok: [1001, 1002, 1005, 1006]}
