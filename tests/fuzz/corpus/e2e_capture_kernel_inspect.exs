IO.inspect([&max/2, &+/2, &length/1, &is_atom/1, &inspect/1, &String.upcase/1, &elem/2])
IO.inspect(Enum.map([1, 2, 3], &(&1 * 2)) |> Enum.reduce(&+/2))
