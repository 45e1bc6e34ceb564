for x <- xs, y <- ys, x > y, into: %{}, do: {x, y}
