defmodule Cap do
  def double(x), do: x * 2
  def run, do: Enum.map([1, 2], &double/1)
end
IO.inspect(Cap.run())
IO.inspect(Enum.map(["a", "b"], &String.upcase/1))
IO.inspect(Enum.reduce([1, 2, 3], 0, &+/2))
IO.inspect(Enum.map([1, 2], &{&1, &1 * 10}))
IO.inspect((&Cap.double/1).(21))
IO.inspect(is_function(&Cap.double/1, 1))
