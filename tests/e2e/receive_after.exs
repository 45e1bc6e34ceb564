# RUN: %athanor run %s | FileCheck --match-full-lines %s
# receive with after 0, with a timeout, and selective receive.
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

# CHECK: got a first
# CHECK-NEXT: then b
# CHECK-NEXT: empty mailbox
# CHECK-NEXT: timed out
