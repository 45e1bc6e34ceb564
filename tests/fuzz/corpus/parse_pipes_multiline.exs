result =
  list
  |> Enum.filter(&(&1 > 0))
  |> Enum.map(fn x -> x * 2 end)
