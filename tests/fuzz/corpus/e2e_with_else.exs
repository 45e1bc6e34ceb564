check = fn input ->
  with {:ok, n} <- input,
       true <- n > 0,
       doubled = n * 2 do
    {:ok, doubled}
  else
    {:error, r} -> {:failed, r}
    false -> :not_positive
  end
end
IO.inspect(check.({:ok, 4}))
IO.inspect(check.({:ok, -1}))
IO.inspect(check.({:error, :boom}))
