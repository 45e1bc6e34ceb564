# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Process.link/1, unlink/1 and exit signals with trap_exit.
Process.flag(:trap_exit, true)
pid = spawn(fn -> receive do :go -> exit(:boom) end end)
IO.inspect Process.link(pid)
{:links, links} = Process.info(self(), :links)
IO.inspect pid in links
send(pid, :go)
receive do
  {:EXIT, ^pid, reason} -> IO.inspect(reason)
end
pid2 = spawn(fn -> Process.sleep(:infinity) end)
Process.link(pid2)
IO.inspect Process.unlink(pid2)
Process.exit(pid2, :kill)
Process.sleep(20)
IO.inspect Process.alive?(pid2)
receive do
  msg -> IO.inspect(msg)
after
  50 -> IO.puts("no exit message")
end
# CHECK: true
# CHECK-NEXT: true
# CHECK-NEXT: :boom
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: no exit message
