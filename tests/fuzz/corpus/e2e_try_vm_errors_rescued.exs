errors = [
  fn -> 1 + :a end,
  fn -> :erlang.error(:badarg) end,
  fn -> Map.fetch!(%{}, :k) end,
  fn -> String.to_integer("x") end
]
for f <- errors do
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
