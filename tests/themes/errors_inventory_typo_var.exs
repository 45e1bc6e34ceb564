# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: test -s %t.err
# RUN: not test -s %t.out
# Must be rejected: `quantity` is misspelled in one clause.
defmodule Inventory do
  def add(stock, item, quantity) when quantity > 0 do
    Map.update(stock, item, quantity, &(&1 + quantity))
  end

  def remove(stock, item, quantity) do
    case Map.fetch(stock, item) do
      {:ok, have} when have >= quantity -> {:ok, Map.put(stock, item, have - quantitty)}
      {:ok, _} -> {:error, :insufficient}
      :error -> {:error, :unknown}
    end
  end
end

IO.puts("start")
stock = Inventory.add(%{}, :apple, 3)
IO.inspect(Inventory.remove(stock, :apple, 1))
