send(self(), :b)
send(self(), :a)
receive do
  :a -> IO.puts("got a first")
end
receive do
  :b -> IO.puts("then b")
end
receive do
  _ -> IO.puts("unexpected")
after
  0 -> IO.puts("empty mailbox")
end
t = 10
receive do
  _ -> :x
after
  t -> IO.puts("timed out")
end
