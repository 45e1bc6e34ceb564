# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Module attributes holding literal lists and ranges work on the right of `in` in guards
# (also `not in`, sigils, attributes naming attributes), in patterns, and as defstruct fields.
defmodule A2 do
  @colors ~w(red green blue)a
  @ids [1, 2, 3, 4, 5]
  @range 1..10
  @stepped 0..20//5
  @ok :ok
  @pair {:ok, 1}
  @fields [:name, :age]
  @nested [@ok, :error]
  defstruct @fields
  def c(x) when x in @colors, do: :color
  def c(x) when x in @ids, do: :id
  def c(x) when x in @range, do: :ranged
  def c(x) when x in @stepped, do: :stepped
  def c(x) when x in @nested, do: :nested
  def c(x) when x not in @colors and is_atom(x), do: :other_atom
  def c(_), do: :none
  def m(@ok), do: :was_ok
  def m(@pair), do: :was_pair
  def m(_), do: :neither
  def k(x) do
    case x do
      @ok -> 1
      @pair -> 2
      _ -> 3
    end
  end
  def runtime_in(x), do: x in @colors
  def runtime_range(x), do: x in @range
end
IO.inspect Enum.map([:red, 3, 7, 15, 20, 25, :ok, :error, :zzz, "s"], &A2.c/1)
IO.inspect Enum.map([:ok, {:ok, 1}, :x], &A2.m/1)
IO.inspect Enum.map([:ok, {:ok, 1}, :x], &A2.k/1)
IO.inspect {A2.runtime_in(:blue), A2.runtime_in(:pink), A2.runtime_range(3), A2.runtime_range(30)}
IO.inspect struct(A2, name: "x")
defmodule Cfg2 do
  @colors [:red, :green, :blue]
  @limit 10
  @map %{a: 1, b: 2}
  @greeting "hello"
  @computed Enum.map(1..3, &(&1 * 10))
  @prefix "pre_"
  def color?(c) when c in @colors, do: true
  def color?(_), do: false
  def small?(n) when n < @limit, do: true
  def small?(_), do: false
  def map, do: @map
  def get(k), do: Map.get(@map, k)
  def greet(name), do: "#{@greeting}, #{name}"
  def computed, do: @computed
  def named(@prefix <> rest), do: rest
  def named(_), do: nil
  def sizes, do: for c <- @colors, do: {c, String.length(Atom.to_string(c))}
  @limit 20
  def new_limit, do: @limit
  @tags [:a]
  @tags [:b | @tags]
  def tags, do: @tags
end
IO.inspect Enum.map([:red, :pink], &Cfg2.color?/1)
IO.inspect {Cfg2.small?(5), Cfg2.small?(15), Cfg2.named("pre_fix"), Cfg2.tags()}

# CHECK: [:color, :id, :ranged, :stepped, :stepped, :none, :nested, :nested, :other_atom,
# CHECK-NEXT:  :none]
# CHECK-NEXT: [:was_ok, :was_pair, :neither]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: {true, false, true, false}
# CHECK-NEXT: %A2{name: "x", age: nil}
# CHECK-NEXT: [true, false]
# CHECK-NEXT: {true, false, "fix", [:b, :a]}
