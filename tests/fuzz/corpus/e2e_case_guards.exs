for v <- [-1, 0, 7, 2.5, :x] do
  r = case v do
    n when is_integer(n) and n < 0 -> :negative
    0 -> :zero
    n when is_integer(n) and rem(n, 2) == 1 -> :odd
    f when is_float(f) -> :float
    _ -> :other
  end
  IO.inspect(r)
end
