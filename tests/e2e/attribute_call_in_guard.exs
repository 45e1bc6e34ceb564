# RUN: %athanor run %s | FileCheck --match-full-lines %s
# `x in @attr` in a guard, where Elixir computes the attribute with calls at compile time.
defmodule Grades do
  @passing Enum.to_list(5..10)
  @letters Enum.map(~w(a b c), &String.to_atom/1)
  @limits Map.keys(%{low: 1, high: 2})
  def pass?(n) when n in @passing, do: true
  def pass?(_), do: false
  def letter(l) when l in @letters, do: {:letter, l}
  def letter(l) when l not in @letters, do: {:other, l}
  def limit?(x) when is_atom(x) and x in @limits, do: :limit
  def limit?(_), do: :no
end
IO.inspect(Enum.map([4, 5, 10, 11], &Grades.pass?/1))
IO.inspect(Enum.map([:a, :c, :z], &Grades.letter/1))
IO.inspect({Grades.limit?(:low), Grades.limit?(:mid), Grades.limit?("low")})

# CHECK: [false, true, true, false]
# CHECK-NEXT: [letter: :a, letter: :c, other: :z]
# CHECK-NEXT: {:limit, :no, :no}
