# RUN: %athanor run %s | FileCheck --match-full-lines %s
IO.inspect(for x <- 1..3, y <- [:a, :b], do: {x, y})
IO.inspect(for x <- 1..20, rem(x, 3) == 0, rem(x, 2) == 0, do: x)
IO.inspect(for {k, v} <- [a: 1, b: 2, c: 3], v > 1, into: %{}, do: {v, k})
IO.inspect(for x <- [1, 2, 3], into: "", do: "#{x},")
IO.inspect(for {:ok, v} <- [{:ok, 1}, :error, {:ok, 2}, {:error, 3}], do: v)
IO.inspect(for x <- 1..4, reduce: 0 do
  acc -> acc + x * x
end)
IO.inspect(for w <- ~w(apple banana cherry apple), reduce: %{} do
  acc -> Map.update(acc, w, 1, &(&1 + 1))
end)
IO.inspect(for x <- [3, 1, 2, 3, 1], uniq: true, do: x * 10)
IO.inspect(for i <- 1..3, j <- i..3, do: {i, j})
IO.inspect(for n <- 1..30, a = rem(n, 3), b = rem(n, 5), a == 0 and b == 0, do: n)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
IO.inspect(for row <- matrix, do: Enum.sum(row))
IO.inspect(for i <- 0..2, do: for(row <- matrix, do: Enum.at(row, i)))
IO.inspect(for a <- 1..20, b <- a..20, c <- b..20, a * a + b * b == c * c, do: {a, b, c})
IO.inspect(for x <- %{a: 1, b: 2}, do: x)
IO.inspect(for {k, v} <- %{"x" => 1, "y" => 2}, into: [], do: "#{k}=#{v}")
IO.inspect(for c <- 'abc', do: c + 1)
IO.inspect(for s <- ["a", "b"], into: %{}, do: {s, String.to_atom(s)})
IO.inspect(for x <- [], do: x)
IO.inspect(for _ <- 1..3, do: :same)
IO.inspect(for x <- 1..3, into: MapSet.new(), do: rem(x, 2))

# CHECK: [{1, :a}, {1, :b}, {2, :a}, {2, :b}, {3, :a}, {3, :b}]
# CHECK-NEXT: [6, 12, 18]
# CHECK-NEXT: %{2 => :b, 3 => :c}
# CHECK-NEXT: "1,2,3,"
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: 30
# CHECK-NEXT: %{"apple" => 2, "banana" => 1, "cherry" => 1}
# CHECK-NEXT: [30, 10, 20]
# CHECK-NEXT: [{1, 1}, {1, 2}, {1, 3}, {2, 2}, {2, 3}, {3, 3}]
# CHECK-NEXT: [15, 30]
# CHECK-NEXT: [6, 15, 24]
# CHECK-NEXT: {{\[\[}}1, 4, 7], [2, 5, 8], [3, 6, 9]]
# CHECK-NEXT: [{3, 4, 5}, {5, 12, 13}, {6, 8, 10}, {8, 15, 17}, {9, 12, 15}, {12, 16, 20}]
# CHECK-NEXT: [a: 1, b: 2]
# CHECK-NEXT: ["x=1", "y=2"]
# CHECK-NEXT: 'bcd'
# CHECK-NEXT: %{"a" => :a, "b" => :b}
# CHECK-NEXT: []
# CHECK-NEXT: [:same, :same, :same]
# CHECK-NEXT: MapSet.new([0, 1])
