# RUN: %athanor run %s | FileCheck --match-full-lines %s
# `x in lo..hi` and `x in lo..hi//step` in guards with bounds that are variables: an
# integer within the bounds in either direction, on the step grid when there is a step.
defmodule G do
  def between(x, lo, hi) when x in lo..hi, do: :in
  def between(_, _, _), do: :out

  def stepped(x, lo, hi, st) when x in lo..hi//st, do: :in
  def stepped(_, _, _, _), do: :out

  def outside(x, lo, hi) when x not in lo..hi, do: :outside
  def outside(_, _, _), do: :inside
end

IO.inspect(Enum.map([3, 9, 1, 5, 0, 3.0, :a], &G.between(&1, 1, 5)))
IO.inspect(Enum.map([3, 6], &G.between(&1, 5, 1)))
IO.inspect(Enum.map([4, 5, 0, 10, 12], &G.stepped(&1, 0, 10, 2)))
IO.inspect(Enum.map([6, 7, 10, 0, -2], &G.stepped(&1, 10, 0, -2)))
IO.inspect({G.outside(7, 1, 5), G.outside(2, 1, 5)})

# CHECK: [:in, :out, :in, :in, :out, :out, :out]
# CHECK-NEXT: [:in, :out]
# CHECK-NEXT: [:in, :out, :in, :in, :out]
# CHECK-NEXT: [:in, :out, :in, :in, :out]
# CHECK-NEXT: {:outside, :inside}
