# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: FileCheck --match-full-lines --input-file %t.out %s
defmodule Worker do
  def run(:ok), do: :done
  def run(:fail), do: exit({:worker_failed, :disk})
end
IO.inspect(Worker.run(:ok))
r = try do
  Worker.run(:fail)
catch
  :exit, reason -> {:caught, reason}
end
IO.inspect(r)
IO.puts("now uncaught")
Worker.run(:fail)
IO.puts("unreachable")

# CHECK: :done
# CHECK-NEXT: {:caught, {:worker_failed, :disk}}
# CHECK-NEXT: now uncaught
