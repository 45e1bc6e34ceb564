# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: test -s %t.err
# RUN: not test -s %t.out
# Must be rejected: a local function piped with one argument too many.
defmodule Pricing do
  def total(items) do
    items
    |> Enum.map(& &1.price)
    |> add_tax(0.2, :round)
  end

  defp add_tax(amounts, rate), do: Enum.map(amounts, &(&1 * (1 + rate)))
end

IO.puts("pricing")
IO.inspect(Pricing.total([%{price: 10}]))
