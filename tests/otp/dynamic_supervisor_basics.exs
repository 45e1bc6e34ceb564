# RUN: %athanor run %s | FileCheck %s
# DynamicSupervisor: start_child, terminate_child, which_children, count_children,
# max_children, extra_arguments and restarts of permanent children.
Logger.configure_backend(:console, device: :standard_error)
defmodule Worker do
  use GenServer
  def start_link(prefix \\ nil, name), do: GenServer.start_link(__MODULE__, {prefix, name}, name: name)
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end

defmodule Main do
  def run do
    {:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, name: :dyn, max_children: 3)
    IO.inspect(Process.whereis(:dyn) == sup)
    IO.inspect(DynamicSupervisor.count_children(sup))
    {:ok, a} = DynamicSupervisor.start_child(:dyn, {Worker, :wa})
    {:ok, _b} = DynamicSupervisor.start_child(:dyn, %{id: :ignored, start: {Worker, :start_link, [:wb]}, restart: :temporary})
    IO.inspect(DynamicSupervisor.start_child(:dyn, {Worker, :wa}) |> elem(0), label: "name taken")
    {:ok, _c} = DynamicSupervisor.start_child(:dyn, {Worker, :wc})
    IO.inspect(DynamicSupervisor.start_child(:dyn, {Worker, :wd}), label: "over max_children")
    IO.inspect(DynamicSupervisor.count_children(:dyn))
    IO.inspect(DynamicSupervisor.which_children(:dyn) |> Enum.map(fn {id, pid, type, mods} -> {id, is_pid(pid), type, mods} end))
    IO.inspect(DynamicSupervisor.terminate_child(:dyn, a), label: "terminate")
    IO.inspect(DynamicSupervisor.terminate_child(:dyn, a), label: "terminate again")
    old = Process.whereis(:wc)
    ref = Process.monitor(old)
    Process.exit(old, :kill)
    receive do
      {:DOWN, ^ref, _, _, :killed} -> :ok
    end
    _ = DynamicSupervisor.count_children(:dyn)
    IO.inspect(is_pid(Process.whereis(:wc)) and Process.whereis(:wc) != old, label: "permanent child restarted")
    wb = Process.whereis(:wb)
    ref = Process.monitor(wb)
    Process.exit(wb, :kill)
    receive do
      {:DOWN, ^ref, _, _, _} -> :ok
    end
    IO.inspect(Process.whereis(:wb), label: "temporary child")
    IO.inspect(DynamicSupervisor.count_children(:dyn))
    IO.inspect(DynamicSupervisor.start_child(:dyn, %{id: :x, start: {Worker, :start_link, [:wx]}, restart: :bad}))
    :ok = DynamicSupervisor.stop(:dyn)
    IO.inspect(Process.whereis(:wc), label: "after stop")

    {:ok, sup2} = DynamicSupervisor.start_link(strategy: :one_for_one, extra_arguments: [:extra])
    {:ok, pid} = DynamicSupervisor.start_child(sup2, {Worker, :we})
    IO.inspect(GenServer.call(pid, :get), label: "extra_arguments")
    IO.inspect(DynamicSupervisor.init(max_children: 5))
  end
end

Main.run()

# CHECK: true
# CHECK-NEXT: %{active: 0, specs: 0, supervisors: 0, workers: 0}
# CHECK-NEXT: name taken: :error
# CHECK-NEXT: over max_children: {:error, :max_children}
# CHECK-NEXT: %{active: 3, specs: 3, supervisors: 0, workers: 3}
# CHECK-NEXT: [
# CHECK-NEXT:   {:undefined, true, :worker, [Worker]},
# CHECK-NEXT:   {:undefined, true, :worker, [Worker]},
# CHECK-NEXT:   {:undefined, true, :worker, [Worker]}
# CHECK-NEXT: ]
# CHECK-NEXT: terminate: :ok
# CHECK-NEXT: terminate again: {:error, :not_found}
# CHECK-NEXT: permanent child restarted: true
# CHECK-NEXT: temporary child: nil
# CHECK-NEXT: %{active: 1, specs: 1, supervisors: 0, workers: 1}
# CHECK-NEXT: {:error, {:invalid_restart_type, :bad}}
# CHECK-NEXT: after stop: nil
# CHECK-NEXT: extra_arguments: {:extra, :we}
# CHECK-NEXT: {:ok,
# CHECK-NEXT:  %{
# CHECK-NEXT:    extra_arguments: [],
# CHECK-NEXT:    intensity: 3,
# CHECK-NEXT:    max_children: 5,
# CHECK-NEXT:    period: 5,
# CHECK-NEXT:    strategy: :one_for_one
# CHECK-NEXT:  }}
