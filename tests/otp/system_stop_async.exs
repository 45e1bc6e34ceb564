# RUN: %athanor run %s > %t.out 2>%t.err; test $? -eq 3
# RUN: FileCheck --input-file %t.out %s
# RUN: not grep -q . %t.err
# System.stop/1 is asynchronous, as in Elixir: the script and the other processes go on
# (here for a few ms), and the program exits with the given status (silently) when the
# script ends.
parent = self()

spawn(fn ->
  receive do
    :go -> send(parent, :done)
  end
end)
|> send(:go)

IO.puts("stopping")
IO.inspect(System.stop(3))
Process.sleep(20)
receive do
  :done -> IO.puts("worker still answered")
end
IO.puts("script end")

# CHECK: stopping
# CHECK-NEXT: :ok
# CHECK-NEXT: worker still answered
# CHECK-NEXT: script end
