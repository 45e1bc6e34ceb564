# An invoice pipeline of processes: raw lines flow through parse -> validate -> price ->
# report, each stage a process that transforms a message and passes it on. The feeder
# applies backpressure: at most @window invoices in flight, the next one sent only when
# the report stage acknowledges one. A final :done flows through, each stage adding its
# count, and the collector hands back the report.
#
# Demonstrates: spawn_link/1, send/2, receive loops with state, a credit window (acks)
# for backpressure, {:ok, _}/{:error, _, _} tuples travelling through the stages,
# with/else, String.split/3, Integer.parse/1, Map.update/4, for comprehensions.
defmodule Stage do
  # Applies `fun` to every {:ok, value} item and counts them; errors pass through.
  def start(name, fun, downstream) do
    spawn_link(fn -> loop(name, fun, downstream, 0) end)
  end

  defp loop(name, fun, downstream, seen) do
    receive do
      {:item, {:ok, value}} ->
        send(downstream, {:item, fun.(value)})
        loop(name, fun, downstream, seen + 1)
      {:item, error} ->
        send(downstream, {:item, error})
        loop(name, fun, downstream, seen)
      {:done, counts} ->
        send(downstream, {:done, [{name, seen} | counts]})
    end
  end
end

defmodule Invoices do
  @tax_rate 0.2

  def parse(line) do
    with [id, customer, lines] <- String.split(line, ","),
         {:ok, parsed} <- parse_lines(String.split(lines, ";", trim: true), []) do
      {:ok, %{id: id, customer: customer, lines: parsed}}
    else
      _ -> {:error, line, :unparsable}
    end
  end

  defp parse_lines([], acc), do: {:ok, Enum.reverse(acc)}

  defp parse_lines([part | rest], acc) do
    with [qty, price] <- String.split(part, "x"),
         {qty, ""} <- Integer.parse(qty),
         {price, ""} <- Integer.parse(price) do
      parse_lines(rest, [{qty, price} | acc])
    end
  end

  def validate(%{lines: []} = invoice), do: {:error, invoice.id, :empty}
  def validate(invoice) do
    if Enum.all?(invoice.lines, fn {qty, _price} -> qty > 0 end),
      do: {:ok, invoice},
      else: {:error, invoice.id, :bad_quantity}
  end

  def price(invoice) do
    net = Enum.sum(for {qty, price} <- invoice.lines, do: qty * price)
    {:ok, Map.put(invoice, :total, Float.round(net * (1 + @tax_rate), 2))}
  end
end

defmodule Collector do
  # The last stage: acknowledges every item to the source and builds the report.
  def start(source), do: spawn_link(fn -> loop(source, %{}, []) end)

  defp loop(source, totals, rejected) do
    receive do
      {:item, {:ok, invoice}} ->
        send(source, :ack)
        loop(source, Map.update(totals, invoice.customer, invoice.total, &(&1 + invoice.total)), rejected)
      {:item, {:error, what, reason}} ->
        send(source, :ack)
        loop(source, totals, [{what, reason} | rejected])
      {:done, counts} ->
        send(source, {:report, Enum.sort(totals), Enum.reverse(rejected), Enum.reverse(counts)})
    end
  end
end

defmodule Source do
  @window 3

  # Sends the lines to the first stage, never more than @window unacknowledged.
  def feed(lines, first), do: feed(lines, first, 0, 0)

  defp feed([], first, 0, max_in_flight) do
    send(first, {:done, []})
    max_in_flight
  end

  defp feed([line | rest], first, in_flight, max_in_flight) when in_flight < @window do
    send(first, {:item, {:ok, line}})
    feed(rest, first, in_flight + 1, max(max_in_flight, in_flight + 1))
  end

  defp feed(lines, first, in_flight, max_in_flight) do
    receive do
      :ack -> feed(lines, first, in_flight - 1, max_in_flight)
    end
  end
end

lines = [
  "INV-1,Acme,2x120;4x35", "INV-2,Globex,1x999", "INV-3,Acme,", "INV-4,Initech,10x7",
  "garbage", "INV-5,Globex,3x15;1x2", "INV-6,Acme,0x10", "INV-7,Initech,1x1x1",
  "INV-8,Umbrella,5x20", "INV-9,Acme,1x500"
]

collector = Collector.start(self())
pricer = Stage.start(:price, &Invoices.price/1, collector)
validator = Stage.start(:validate, &Invoices.validate/1, pricer)
parser = Stage.start(:parse, &Invoices.parse/1, validator)

max_in_flight = Source.feed(lines, parser)

receive do
  {:report, totals, rejected, counts} ->
    IO.puts("totals per customer:")
    for {customer, total} <- totals, do: IO.puts("  #{customer}: #{Float.round(total, 2)}")
    IO.puts("rejected:")
    for {what, reason} <- rejected, do: IO.puts("  #{what} (#{reason})")
    IO.inspect(counts, label: "handled per stage")
    IO.inspect(max_in_flight, label: "max in flight")
end
