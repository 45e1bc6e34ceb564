defmodule B do
  def show(a, b) do
    c = a + b
    binding() |> Enum.sort() |> IO.inspect()
  end
end

B.show(1, 2)
destructure([x, y, z], [1, 2])
IO.inspect({x, y, z})
destructure([p, q], [:a, :b, :c])
IO.inspect({p, q})
destructure([n], nil)
IO.inspect(n)
