parent = self()
child = spawn(fn ->
  for i <- 1..3, do: send(parent, {:n, i})
end)
for _ <- 1..3 do
  receive do
    {:n, i} -> IO.inspect(i)
  end
end
IO.inspect(is_pid(child))
