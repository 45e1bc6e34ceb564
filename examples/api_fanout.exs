# An API fan-out with a deadline: to quote an invoice we ask several (simulated) remote
# services at once — exchange rates, tax, shipping, credit check, discounts — each in
# its own task. We wait at most @budget_ms for all of them together with
# Task.yield_many, shut down the ones that did not answer in time, and build the quote
# from whatever came back, with a fallback for every missing answer.
#
# Demonstrates: Task.async/1, Task.yield_many/2 with a timeout, Task.shutdown/2 with
# :brutal_kill, {:ok, value}/nil results, a deadline measured with
# System.monotonic_time/1, Map.new/2 with a multi-clause fn, Enum.zip/2, match?/2,
# Process.info/2.
defmodule Services do
  # Each service: {name, latency in ms, answer}.
  def catalog(invoice) do
    [
      {:fx_rate, 20, {:ok, 1.08}},
      {:tax, 40, {:ok, if(invoice.country == :de, do: 0.19, else: 0.2)}},
      {:shipping, 60, {:ok, 12 * length(invoice.lines)}},
      {:credit_check, if(invoice.customer == "Acme", do: 1_500, else: 30), {:ok, :approved}},
      {:discounts, 1_000, {:ok, 0.05}},
      {:loyalty, 10, {:error, :unavailable}}
    ]
  end

  def call({_name, latency_ms, answer}) do
    Process.sleep(latency_ms)
    answer
  end
end

defmodule Quote do
  @budget_ms 300
  @fallbacks %{fx_rate: 1.0, tax: 0.2, shipping: 25, credit_check: :manual_review, discounts: 0.0, loyalty: 0}

  def fan_out(invoice) do
    services = Services.catalog(invoice)
    tasks = Enum.map(services, fn service -> Task.async(fn -> Services.call(service) end) end)

    started = System.monotonic_time(:millisecond)
    answers = Task.yield_many(tasks, @budget_ms)
    elapsed = System.monotonic_time(:millisecond) - started

    results =
      for {{name, _latency, _answer}, {task, answer}} <- Enum.zip(services, answers) do
        case answer || Task.shutdown(task, :brutal_kill) do
          {:ok, {:ok, value}} -> {name, {:ok, value}}
          {:ok, {:error, reason}} -> {name, {:error, reason}}
          nil -> {name, :timeout}
        end
      end

    {results, elapsed < 1_000}
  end

  def build(invoice, results) do
    values =
      Map.new(results, fn
        {name, {:ok, value}} -> {name, value}
        {name, _missing} -> {name, Map.fetch!(@fallbacks, name)}
      end)

    net = Enum.sum(for {qty, price} <- invoice.lines, do: qty * price)
    discounted = net * (1 - values.discounts)
    gross = (discounted * (1 + values.tax) + values.shipping) * values.fx_rate
    %{id: invoice.id, usd: Float.round(gross, 2), credit: values.credit_check}
  end
end

invoices = [
  %{id: "INV-21", customer: "Acme", country: :fr, lines: [{2, 120}, {4, 35}]},
  %{id: "INV-22", customer: "Globex", country: :de, lines: [{1, 999}]}
]

for invoice <- invoices do
  {results, in_budget} = Quote.fan_out(invoice)
  IO.puts("#{invoice.id} (#{invoice.customer}):")

  for {name, result} <- results do
    IO.puts("  #{String.pad_trailing(Atom.to_string(name), 13)}#{inspect(result)}")
  end

  IO.puts("  answered in time: #{Enum.count(results, &match?({_, {:ok, _}}, &1))} of #{length(results)}")
  IO.puts("  within the deadline: #{in_budget}")
  IO.inspect(Quote.build(invoice, results), label: "  quote")
end

# The slow tasks were shut down, so no late answer ever reaches the mailbox.
Process.sleep(100)
IO.inspect(Process.info(self(), :message_queue_len), label: "late messages")
