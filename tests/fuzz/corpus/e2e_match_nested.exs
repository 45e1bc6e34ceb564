{:ok, [first | rest], %{name: name}} = {:ok, [1, 2, 3], %{name: "n", extra: true}}
IO.inspect({first, rest, name})
[a, b | _] = [10, 20, 30]
IO.inspect(a + b)
