# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Matrix do
  def new(rows, cols, f), do: for(i <- 0..(rows - 1), do: for(j <- 0..(cols - 1), do: f.(i, j)))
  def transpose(m), do: m |> Enum.zip() |> Enum.map(&Tuple.to_list/1)
  def mul(a, b) do
    bt = transpose(b)
    for row <- a, do: for(col <- bt, do: Enum.zip_with(row, col, &*/2) |> Enum.sum())
  end
  def identity(n), do: new(n, n, fn i, j -> if i == j, do: 1, else: 0 end)
  def pow(m, 0), do: identity(length(m))
  def pow(m, n) when rem(n, 2) == 0, do: (h = pow(m, div(n, 2)); mul(h, h))
  def pow(m, n), do: mul(m, pow(m, n - 1))
  def trace(m), do: m |> Enum.with_index() |> Enum.map(fn {r, i} -> Enum.at(r, i) end) |> Enum.sum()
  def format(m) do
    w = m |> List.flatten() |> Enum.map(&String.length(inspect(&1))) |> Enum.max()
    Enum.map_join(m, "\n", fn row -> Enum.map_join(row, " ", &String.pad_leading(inspect(&1), w)) end)
  end
  def det([[a]]), do: a
  def det(m) do
    [first | rest] = m
    first
    |> Enum.with_index()
    |> Enum.map(fn {v, j} ->
      minor = Enum.map(rest, &List.delete_at(&1, j))
      sign = if rem(j, 2) == 0, do: 1, else: -1
      sign * v * det(minor)
    end)
    |> Enum.sum()
  end
end
a = Matrix.new(3, 3, fn i, j -> i * 3 + j + 1 end)
IO.puts(Matrix.format(a))
IO.puts(Matrix.format(Matrix.transpose(a)))
IO.puts(Matrix.format(Matrix.mul(a, a)))
IO.inspect(Matrix.trace(a))
IO.inspect(Matrix.det(a))
IO.inspect(Matrix.det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
fib = Matrix.pow([[1, 1], [1, 0]], 90)
IO.inspect(fib)
IO.puts(Matrix.format(Matrix.pow([[1, 1], [1, 0]], 30)))
IO.inspect(Matrix.identity(4))
m = Matrix.new(2, 4, fn i, j -> (i + 1) / (j + 1) end)
IO.inspect(m)
IO.puts(Matrix.format(m))
IO.inspect(Enum.map(a, &Enum.max/1))
IO.inspect(a |> Matrix.transpose() |> Enum.map(&Enum.sum/1))
IO.inspect(List.flatten(a) |> Enum.chunk_every(2))
spiral = fn spiral, m ->
  case m do
    [] -> []
    [row | rest] -> row ++ spiral.(spiral, rest |> Matrix.transpose() |> Enum.reverse())
  end
end
IO.inspect(spiral.(spiral, Matrix.new(4, 4, fn i, j -> i * 4 + j end)))

# CHECK: 1 2 3
# CHECK-NEXT: 4 5 6
# CHECK-NEXT: 7 8 9
# CHECK-NEXT: 1 4 7
# CHECK-NEXT: 2 5 8
# CHECK-NEXT: 3 6 9
# CHECK-NEXT:  30  36  42
# CHECK-NEXT:  66  81  96
# CHECK-NEXT: 102 126 150
# CHECK-NEXT: 15
# CHECK-NEXT: 0
# CHECK-NEXT: 0
# CHECK-NEXT: [
# CHECK-NEXT:   [4660046610375530309, 2880067194370816120],
# CHECK-NEXT:   [2880067194370816120, 1779979416004714189]
# CHECK-NEXT: ]
# CHECK-NEXT: 1346269  832040
# CHECK-NEXT:  832040  514229
# CHECK-NEXT: {{\[\[}}1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]
# CHECK-NEXT: {{\[\[}}1.0, 0.5, 0.3333333333333333, 0.25], [2.0, 1.0, 0.6666666666666666, 0.5]]
# CHECK-NEXT:                1.0                0.5 0.3333333333333333               0.25
# CHECK-NEXT:                2.0                1.0 0.6666666666666666                0.5
# CHECK-NEXT: [3, 6, 9]
# CHECK-NEXT: [12, 15, 18]
# CHECK-NEXT: {{\[\[}}1, 2], [3, 4], [5, 6], '\a\b', '\t']
# CHECK-NEXT: [0, 1, 2, 3, 7, 11, 15, 14, 13, 12, 8, 4, 5, 6, 10, 9]
