# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
defmodule Worker do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name) do
    IO.puts("starting #{name}")
    {:ok, %{name: name, hits: 0}}
  end
  def handle_call(:hit, _from, s), do: {:reply, s.hits + 1, %{s | hits: s.hits + 1}}
  def handle_call(:crash, _from, _s), do: raise("boom")
end

children = [
  %{id: :w1, start: {Worker, :start_link, [:w1]}},
  %{id: :w2, start: {Worker, :start_link, [:w2]}},
  %{id: :w3, start: {Worker, :start_link, [:w3]}}
]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect(Supervisor.count_children(sup))
IO.inspect(GenServer.call(:w1, :hit))
IO.inspect(GenServer.call(:w1, :hit))
old = Process.whereis(:w1)
catch_exit = fn f -> try do f.() catch :exit, _ -> :exited end end
r = catch_exit.(fn -> GenServer.call(:w1, :crash) end)
Process.sleep(100)
IO.inspect(r)
IO.inspect(Process.whereis(:w1) != old, label: "restarted with new pid")
IO.inspect(GenServer.call(:w1, :hit), label: "state reset")
IO.inspect(GenServer.call(:w2, :hit))
ids = Supervisor.which_children(sup) |> Enum.map(fn {id, _pid, type, mods} -> {id, type, mods} end) |> Enum.sort()
IO.inspect(ids)
IO.inspect(Supervisor.terminate_child(sup, :w2))
IO.inspect(Process.whereis(:w2))
IO.inspect(Supervisor.restart_child(sup, :w2) |> elem(0))
IO.inspect(Supervisor.delete_child(sup, :w3))
IO.inspect(Supervisor.terminate_child(sup, :w3))
IO.inspect(Supervisor.delete_child(sup, :w3))
IO.inspect(Supervisor.count_children(sup))
IO.inspect(Supervisor.stop(sup))
IO.inspect(Process.whereis(:w1))

# CHECK: starting w1
# CHECK-NEXT: starting w2
# CHECK-NEXT: starting w3
# CHECK-NEXT: %{active: 3, specs: 3, supervisors: 0, workers: 3}
# CHECK-NEXT: 1
# CHECK-NEXT: 2
# CHECK-NEXT: starting w1
# CHECK-NEXT: :exited
# CHECK-NEXT: restarted with new pid: true
# CHECK-NEXT: state reset: 1
# CHECK-NEXT: 1
# CHECK-NEXT: [{:w1, :worker, [Worker]}, {:w2, :worker, [Worker]}, {:w3, :worker, [Worker]}]
# CHECK-NEXT: :ok
# CHECK-NEXT: nil
# CHECK-NEXT: starting w2
# CHECK-NEXT: :ok
# CHECK-NEXT: {:error, :running}
# CHECK-NEXT: :ok
# CHECK-NEXT: :ok
# CHECK-NEXT: %{active: 2, specs: 2, supervisors: 0, workers: 2}
# CHECK-NEXT: :ok
# CHECK-NEXT: nil
