# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Worker do
  def run(:ok), do: :done
  def run(:fail), do: exit({:shutdown, :worker_failed})
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
# CHECK-NEXT: {:caught, {:shutdown, :worker_failed}}
# CHECK-NEXT: now uncaught
