defmodule Guards do
  defguard is_even_pos(n) when is_integer(n) and n > 0 and rem(n, 2) == 0
  defguardp is_small(n) when n < 10

  def kind(n) when is_even_pos(n) and is_small(n), do: :small_even
  def kind(n) when is_even_pos(n), do: :even
  def kind(_), do: :other

  def direct(n), do: is_even_pos(n)
end

IO.inspect(Enum.map([2, 12, 3, -4, :a], &Guards.kind/1))
IO.inspect(Guards.direct(8))
IO.inspect(Guards.direct(7))
IO.inspect(Guards.direct("x"))
