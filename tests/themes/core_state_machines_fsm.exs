# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Traffic do
  @transitions %{
    {:red, :timer} => :green,
    {:green, :timer} => :yellow,
    {:yellow, :timer} => :red,
    {:green, :emergency} => :red,
    {:yellow, :emergency} => :red,
    {:red, :emergency} => :red
  }
  def next(state, event) do
    case Map.fetch(@transitions, {state, event}) do
      {:ok, s} -> {:ok, s}
      :error -> {:error, {:invalid, state, event}}
    end
  end
  def run(events, start \\ :red) do
    Enum.reduce(events, {start, [start]}, fn e, {s, trail} ->
      case next(s, e) do
        {:ok, s2} -> {s2, [s2 | trail]}
        {:error, _} -> {s, [{:ignored, e} | trail]}
      end
    end)
    |> then(fn {final, trail} -> {final, Enum.reverse(trail)} end)
  end
end
IO.inspect(Traffic.run([:timer, :timer, :timer, :timer]))
IO.inspect(Traffic.run([:timer, :emergency, :honk, :timer]))
IO.inspect(Traffic.next(:blue, :timer))
defmodule Vending do
  defstruct state: :idle, credit: 0, stock: %{cola: 2, chips: 0}, log: []
  @prices %{cola: 150, chips: 100}
  def handle(%__MODULE__{} = m, {:coin, c}) when c in [25, 50, 100], do: %{m | credit: m.credit + c, state: :has_credit}
  def handle(m, {:coin, c}), do: log(m, {:rejected_coin, c})
  def handle(%{state: :idle} = m, {:select, _}), do: log(m, :insert_coins_first)
  def handle(m, {:select, item}) do
    price = Map.fetch!(@prices, item)
    cond do
      m.stock[item] == 0 -> log(m, {:sold_out, item})
      m.credit < price -> log(m, {:need_more, price - m.credit})
      true ->
        m
        |> Map.update!(:stock, &Map.update!(&1, item, fn n -> n - 1 end))
        |> Map.put(:credit, 0)
        |> Map.put(:state, :idle)
        |> log({:vend, item, m.credit - price})
    end
  end
  def handle(m, :refund), do: %{log(m, {:refund, m.credit}) | credit: 0, state: :idle}
  defp log(m, e), do: %{m | log: [e | m.log]}
end
defmodule VRun do
  def go do
    events = [{:select, :cola}, {:coin, 100}, {:coin, 3}, {:select, :cola}, {:coin, 50}, {:select, :cola},
              {:coin, 100}, {:select, :chips}, :refund, {:coin, 100}, {:coin, 100}, {:select, :cola},
              {:coin, 100}, {:coin, 50}, {:select, :cola}]
    final = Enum.reduce(events, %Vending{}, &Vending.handle(&2, &1))
    Enum.each(Enum.reverse(final.log), &IO.inspect/1)
    IO.inspect(Map.take(final, [:state, :credit, :stock]))
  end
end
VRun.go()

# CHECK: {:green, [:red, :green, :yellow, :red, :green]}
# CHECK-NEXT: {:green, [:red, :green, :red, {:ignored, :honk}, :green]}
# CHECK-NEXT: {:error, {:invalid, :blue, :timer}}
# CHECK-NEXT: :insert_coins_first
# CHECK-NEXT: {:rejected_coin, 3}
# CHECK-NEXT: {:need_more, 50}
# CHECK-NEXT: {:vend, :cola, 0}
# CHECK-NEXT: {:sold_out, :chips}
# CHECK-NEXT: {:refund, 100}
# CHECK-NEXT: {:vend, :cola, 50}
# CHECK-NEXT: {:sold_out, :cola}
# CHECK-NEXT: %{credit: 150, state: :has_credit, stock: %{chips: 0, cola: 0}}
