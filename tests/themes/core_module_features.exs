# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Shop.Item do
  @moduledoc "An item in the shop."
  defstruct [:sku, name: "unnamed", price: 0]

  @type t :: %__MODULE__{sku: String.t(), name: String.t(), price: non_neg_integer()}

  @doc "Builds an item."
  @spec new(String.t(), keyword()) :: t()
  def new(sku, opts \\ []) do
    struct!(__MODULE__, [sku: sku] ++ opts)
  end
end

defmodule Shop.Cart do
  alias Shop.Item
  alias Shop.Item, as: I
  @discounts %{"SAVE10" => 10, "HALF" => 50}
  @max_items 5
  @tags [:a]
  @tags [:b | [:a]]

  def tags, do: @tags
  def max, do: @max_items
  def new, do: %{items: [], code: nil}

  def add(%{items: items} = cart, %Item{} = item) when length(items) < @max_items do
    {:ok, %{cart | items: [item | items]}}
  end
  def add(_cart, %I{sku: sku}), do: {:error, {:cart_full, sku}}

  def apply_code(cart, code) when is_map_key(@discounts, code), do: %{cart | code: code}
  def apply_code(cart, _), do: cart

  def total(%{items: items, code: code}) do
    gross = items |> Enum.map(& &1.price) |> Enum.sum()
    pct = Map.get(@discounts, code, 0)
    gross - div(gross * pct, 100)
  end

  def describe(x) when is_struct(x, Item), do: "item #{x.sku}"
  def describe(%{} = m) when map_size(m) == 0, do: "empty map"
  def describe(t) when is_tuple(t) and elem(t, 0) == :ok, do: "ok tuple"
  def describe(l) when is_list(l) and length(l) > 2, do: "long list"
  def describe(x) when is_nil(x) or x == false, do: "falsy"
  def describe(x) when is_binary(x) and binary_part(x, 0, 1) == "#", do: "hashtag"
  def describe(x) when x in [:red, :green] when x == :blue, do: "color"
  def describe(_), do: "other"

  def module_name, do: __MODULE__
end

alias Shop.{Cart, Item}
cart = Cart.new()
{:ok, cart} = Cart.add(cart, Item.new("A1", price: 1000))
{:ok, cart} = Cart.add(cart, Item.new("B2", name: "Bolt", price: 250))
IO.inspect(Enum.map(cart.items, & &1.name))
IO.inspect(Cart.total(cart))
IO.inspect(Cart.total(Cart.apply_code(cart, "SAVE10")))
IO.inspect(Cart.total(Cart.apply_code(cart, "BOGUS")))
full = Enum.reduce(1..6, Cart.new(), fn i, c ->
  case Cart.add(c, Item.new("S#{i}", price: i)) do
    {:ok, c2} -> c2
    {:error, reason} -> IO.inspect(reason); c
  end
end)
IO.inspect(length(full.items))
IO.inspect(Cart.tags())
IO.inspect(Cart.max())
for x <- [Item.new("Z"), %{}, {:ok, 1}, [1, 2, 3], nil, false, "#tag", :red, :blue, :green, 42] do
  IO.puts(Cart.describe(x))
end
IO.inspect(Cart.module_name())
IO.inspect(Item.new("Q"))
IO.inspect(function_exported?(Cart, :total, 1))
IO.inspect(function_exported?(Cart, :total, 2))
mod = Cart
IO.inspect(mod.max())
IO.inspect(apply(mod, :max, []))
IO.inspect(Kernel.+(1, 2))
IO.inspect(5 |> then(&(&1 * 2)))
IO.inspect(5 |> tap(&IO.inspect(&1, label: "tapped")))

# CHECK: ["Bolt", "unnamed"]
# CHECK-NEXT: 1250
# CHECK-NEXT: 1125
# CHECK-NEXT: 1250
# CHECK-NEXT: {:cart_full, "S6"}
# CHECK-NEXT: 5
# CHECK-NEXT: [:b, :a]
# CHECK-NEXT: 5
# CHECK-NEXT: item Z
# CHECK-NEXT: empty map
# CHECK-NEXT: ok tuple
# CHECK-NEXT: long list
# CHECK-NEXT: falsy
# CHECK-NEXT: falsy
# CHECK-NEXT: hashtag
# CHECK-NEXT: color
# CHECK-NEXT: color
# CHECK-NEXT: color
# CHECK-NEXT: other
# CHECK-NEXT: Shop.Cart
# CHECK-NEXT: %Shop.Item{sku: "Q", name: "unnamed", price: 0}
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: 5
# CHECK-NEXT: 5
# CHECK-NEXT: 3
# CHECK-NEXT: 10
# CHECK-NEXT: tapped: 5
# CHECK-NEXT: 5
