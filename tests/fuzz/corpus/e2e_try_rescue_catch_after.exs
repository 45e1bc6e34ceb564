run = fn f ->
  try do
    f.()
  rescue
    e in ArgumentError -> {:rescued, e.message}
  catch
    :throw, v -> {:thrown, v}
    :exit, r -> {:exited, r}
  else
    v -> {:ok, v}
  after
    IO.puts("after")
  end
end
IO.inspect(run.(fn -> raise ArgumentError, "bad" end))
IO.inspect(run.(fn -> throw(:ball) end))
IO.inspect(run.(fn -> exit(:bye) end))
IO.inspect(run.(fn -> 42 end))
