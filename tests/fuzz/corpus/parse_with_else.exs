with {:ok, a} <- f(),
     b = g(a) do
  b
else
  _ -> nil
end
