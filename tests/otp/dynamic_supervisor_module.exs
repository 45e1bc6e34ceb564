# RUN: %athanor run %s | FileCheck %s
# A module-based DynamicSupervisor (use DynamicSupervisor, init/1), used as a child.
defmodule Counter do
  use Agent
  def start_link(n), do: Agent.start_link(fn -> n end)
end

defmodule Pool do
  use DynamicSupervisor
  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)
  def add(n), do: DynamicSupervisor.start_child(__MODULE__, {Counter, n})
  @impl true
  def init(max), do: DynamicSupervisor.init(strategy: :one_for_one, max_children: max)
end

defmodule Main do
  def run do
    IO.inspect(Pool.child_spec(2))
    {:ok, sup} = Supervisor.start_link([{Pool, 2}], strategy: :one_for_one)
    {:ok, a} = Pool.add(10)
    {:ok, b} = Pool.add(20)
    IO.inspect(Pool.add(30), label: "third")
    IO.inspect(Agent.get(a, & &1) + Agent.get(b, & &1))
    IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, _, type, mods} -> {id, type, mods} end))
    IO.inspect(DynamicSupervisor.count_children(Pool))
    Supervisor.stop(sup)
    IO.inspect(Process.alive?(a), label: "child alive after stop")
  end
end

Main.run()

# CHECK: %{id: Pool, start: {Pool, :start_link, [2]}, type: :supervisor}
# CHECK-NEXT: third: {:error, :max_children}
# CHECK-NEXT: 30
# CHECK-NEXT: [{Pool, :supervisor, [Pool]}]
# CHECK-NEXT: %{active: 2, specs: 2, supervisors: 0, workers: 2}
# CHECK-NEXT: child alive after stop: false
