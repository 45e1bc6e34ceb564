# RUN: %athanor run %s | FileCheck %s
# start_child, terminate_child, restart_child, delete_child and their error results.
Logger.configure_backend(:console, device: :standard_error)
defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(:fail), do: {:stop, :failed}
  def init(arg), do: {:ok, arg}
end

defmodule Main do
  def ids(sup), do: Supervisor.which_children(sup) |> Enum.map(fn {id, pid, type, mods} -> {id, is_pid(pid), type, mods} end)

  def run do
    {:ok, sup} = Supervisor.start_link([Supervisor.child_spec({W, 1}, id: :one)], strategy: :one_for_one)
    {:ok, two} = Supervisor.start_child(sup, Supervisor.child_spec({W, 2}, id: :two))
    IO.inspect(is_pid(two))
    {:error, {:already_started, ^two}} = Supervisor.start_child(sup, Supervisor.child_spec({W, 2}, id: :two))
    IO.puts("already_started")
    {:ok, _} = Supervisor.start_child(sup, {W, 3})
    {:ok, _} = Supervisor.start_child(sup, %{id: :temp, start: {W, :start_link, [4]}, restart: :temporary})
    IO.inspect(ids(sup), label: "children, newest first")
    {:error, {:failed, _child}} = Supervisor.start_child(sup, Supervisor.child_spec({W, :fail}, id: :bad))
    IO.puts("start_child of a failing child")
    IO.inspect(Supervisor.start_child(sup, %{id: :x, start: {W, :start_link, [1]}, restart: :never}))
    IO.inspect(Supervisor.terminate_child(sup, :two), label: "terminate :two")
    IO.inspect(Process.alive?(two), label: "old :two alive")
    IO.inspect(Supervisor.start_child(sup, Supervisor.child_spec({W, 2}, id: :two)), label: "start again")
    IO.inspect(Supervisor.terminate_child(sup, :temp), label: "terminate temporary")
    IO.inspect(Supervisor.terminate_child(sup, :nope), label: "terminate unknown")
    IO.inspect(Supervisor.delete_child(sup, :one), label: "delete running")
    IO.inspect(Supervisor.restart_child(sup, :one), label: "restart running")
    {:ok, new_two} = Supervisor.restart_child(sup, :two)
    IO.inspect(new_two != two, label: "restarted with a new pid")
    :ok = Supervisor.terminate_child(sup, :two)
    IO.inspect(Supervisor.delete_child(sup, :two), label: "delete stopped")
    IO.inspect(Supervisor.delete_child(sup, :two), label: "delete again")
    IO.inspect(Supervisor.restart_child(sup, :two), label: "restart deleted")
    IO.inspect(ids(sup))
    IO.inspect(Supervisor.count_children(sup))
    IO.inspect(Supervisor.stop(sup), label: "stop")
    IO.inspect(Process.alive?(sup))
  end
end

Main.run()

# CHECK: true
# CHECK-NEXT: already_started
# CHECK-NEXT: children, newest first: [
# CHECK-NEXT:   {:temp, true, :worker, [W]},
# CHECK-NEXT:   {W, true, :worker, [W]},
# CHECK-NEXT:   {:two, true, :worker, [W]},
# CHECK-NEXT:   {:one, true, :worker, [W]}
# CHECK-NEXT: ]
# CHECK-NEXT: start_child of a failing child
# CHECK-NEXT: {:error, {:invalid_restart_type, :never}}
# CHECK-NEXT: terminate :two: :ok
# CHECK-NEXT: old :two alive: false
# CHECK-NEXT: start again: {:error, :already_present}
# CHECK-NEXT: terminate temporary: :ok
# CHECK-NEXT: terminate unknown: {:error, :not_found}
# CHECK-NEXT: delete running: {:error, :running}
# CHECK-NEXT: restart running: {:error, :running}
# CHECK-NEXT: restarted with a new pid: true
# CHECK-NEXT: delete stopped: :ok
# CHECK-NEXT: delete again: {:error, :not_found}
# CHECK-NEXT: restart deleted: {:error, :not_found}
# CHECK-NEXT: [{W, true, :worker, [W]}, {:one, true, :worker, [W]}]
# CHECK-NEXT: %{active: 2, specs: 2, supervisors: 0, workers: 2}
# CHECK-NEXT: stop: :ok
# CHECK-NEXT: false
