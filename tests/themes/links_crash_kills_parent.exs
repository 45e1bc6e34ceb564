# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: FileCheck --match-full-lines --input-file %t.out %s
Logger.configure_backend(:console, device: :standard_error)
defmodule Job do
  def run(parent, n) do
    send(parent, {:step, n})
    if n == 3 do
      Process.sleep(100)
      raise(ArgumentError, "job #{n} exploded")
    end
  end
end
parent = self()
for n <- 1..2 do
  spawn_link(fn -> Job.run(parent, n) end)
  receive do
    {:step, ^n} -> IO.puts("step #{n} ok")
  end
end
Process.sleep(50)
IO.puts("linking a job that fails")
spawn_link(fn -> Job.run(parent, 3) end)
receive do
  {:step, 3} -> IO.puts("job 3 started")
end
Process.sleep(500)
IO.puts("unreachable: the link killed us")

# CHECK: step 1 ok
# CHECK-NEXT: step 2 ok
# CHECK-NEXT: linking a job that fails
# CHECK-NEXT: job 3 started
