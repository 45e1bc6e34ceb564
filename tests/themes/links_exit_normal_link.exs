# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: FileCheck --match-full-lines --input-file %t.out %s
Logger.configure_backend(:console, device: :standard_error)
# a linked process exiting :normal does not kill the parent; an abnormal exit does.
me = self()
spawn_link(fn -> send(me, :child_done) end)
receive do :child_done -> IO.puts("child finished normally") end
Process.sleep(50)
IO.puts("still alive")
spawn_link(fn -> exit(:shutdown) end)
Process.sleep(200)
IO.puts("unreachable after :shutdown link")

# CHECK: child finished normally
# CHECK-NEXT: still alive
