# Bitwise: the bitwise operators as functions (the operator forms &&&, |||, ^^^, <<<, >>>
# and ~~~ are callable as Bitwise.&&&(a, b) and so on).
defmodule Bitwise do
  def band(left, right), do: :erlang.band(left, right)
  def bor(left, right), do: :erlang.bor(left, right)
  def bxor(left, right), do: :erlang.bxor(left, right)
  def bnot(expr), do: :erlang.bnot(expr)
  def bsl(left, right), do: :erlang.bsl(left, right)
  def bsr(left, right), do: :erlang.bsr(left, right)

  def left &&& right, do: :erlang.band(left, right)
  def left ||| right, do: :erlang.bor(left, right)
  def left <<< right, do: :erlang.bsl(left, right)
  def left >>> right, do: :erlang.bsr(left, right)
  def left ^^^ right, do: :erlang.bxor(left, right)
  def ~~~expr, do: :erlang.bnot(expr)
end
