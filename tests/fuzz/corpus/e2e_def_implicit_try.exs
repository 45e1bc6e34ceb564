defmodule Safe do
  def divide(a, b) do
    a / b
  rescue
    ArithmeticError -> :infinity
  after
    IO.puts("divided")
  end
end
IO.inspect(Safe.divide(1, 2))
IO.inspect(Safe.divide(1, 0))
