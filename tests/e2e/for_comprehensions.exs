# RUN: %athanor run %s | FileCheck --match-full-lines %s
# for with several generators, filters, into: and reduce:.
IO.inspect(for x <- 1..3, y <- [:a, :b], x != 2, do: {x, y})
IO.inspect(for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k})
IO.inspect(for x <- [1, 2, 3], reduce: 0, do: (acc -> acc + x * x))
IO.inspect(for {:ok, v} <- [{:ok, 1}, :skip, {:ok, 2}], do: v)
IO.inspect(for x <- [1, 1, 2], uniq: true, do: x)

# CHECK: [{1, :a}, {1, :b}, {3, :a}, {3, :b}]
# CHECK-NEXT: %{1 => :a, 2 => :b}
# CHECK-NEXT: 14
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: [1, 2]
