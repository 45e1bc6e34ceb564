# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
defmodule Crashy do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def init(:ok), do: {:ok, 0}
  def handle_cast(:boom, _), do: {:stop, :boom, 0}
end
defmodule Waiter do
  def wait_new(old) do
    case Process.whereis(Crashy) do
      p when is_pid(p) and p != old -> p
      _ -> Process.sleep(5); wait_new(old)
    end
  end
end
Process.flag(:trap_exit, true)
{:ok, sup} = Supervisor.start_link([Crashy], strategy: :one_for_one, max_restarts: 2, max_seconds: 5)
IO.inspect(Supervisor.count_children(sup))
p1 = Process.whereis(Crashy)
GenServer.cast(Crashy, :boom)
p2 = Waiter.wait_new(p1)
IO.puts("restart 1 ok")
GenServer.cast(Crashy, :boom)
_p3 = Waiter.wait_new(p2)
IO.puts("restart 2 ok")
GenServer.cast(Crashy, :boom)
receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exited")
after
  2000 -> IO.puts("supervisor still alive")
end
IO.inspect(Process.alive?(sup))
IO.inspect(Process.whereis(Crashy))

# CHECK: %{active: 1, specs: 1, supervisors: 0, workers: 1}
# CHECK-NEXT: restart 1 ok
# CHECK-NEXT: restart 2 ok
# CHECK-NEXT: supervisor exited: :shutdown
# CHECK-NEXT: false
# CHECK-NEXT: nil
