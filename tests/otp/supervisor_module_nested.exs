# RUN: %athanor run %s | FileCheck %s
# A module-based supervisor (use Supervisor, init/1) with a nested supervisor child;
# count_children counts supervisors; killing the inner supervisor restarts its subtree.
defmodule Leaf do
  use Agent
  def start_link(name), do: Agent.start_link(fn -> name end, name: name)
end

defmodule Inner do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)
  @impl true
  def init(names) do
    children = for n <- names, do: Supervisor.child_spec({Leaf, n}, id: n)
    Supervisor.init(children, strategy: :one_for_one)
  end
end

defmodule Outer do
  use Supervisor
  def start_link(_), do: Supervisor.start_link(__MODULE__, :ok, name: :outer)
  @impl true
  def init(:ok) do
    Supervisor.init([{Leaf, :top_leaf}, {Inner, [:x, :y]}], strategy: :one_for_one)
  end
end

defmodule Main do
  def wait_new(name, old) do
    case Process.whereis(name) do
      pid when is_pid(pid) and pid != old -> pid
      _ -> Process.sleep(2); wait_new(name, old)
    end
  end

  def run do
    {:ok, outer} = Outer.start_link(nil)
    IO.inspect(Process.whereis(:outer) == outer)
    IO.inspect(Supervisor.count_children(:outer))
    IO.inspect(Supervisor.which_children(:outer) |> Enum.map(fn {id, _, type, mods} -> {id, type, mods} end))
    IO.inspect(Supervisor.count_children(Inner))
    IO.inspect(Agent.get(:x, & &1))
    old_inner = Process.whereis(Inner)
    old_x = Process.whereis(:x)
    Process.exit(old_inner, :kill)
    wait_new(Inner, old_inner)
    new_x = wait_new(:x, old_x)
    IO.inspect(new_x != old_x, label: "leaf restarted with its supervisor")
    IO.inspect(Agent.get(:y, & &1))
    IO.inspect(Supervisor.stop(:outer))
    IO.inspect(Enum.map([:outer, Inner, :x, :y, :top_leaf], &Process.whereis/1))
  end
end

Main.run()

# CHECK: true
# CHECK-NEXT: %{active: 2, specs: 2, supervisors: 1, workers: 1}
# CHECK-NEXT: [{Inner, :supervisor, [Inner]}, {Leaf, :worker, [Leaf]}]
# CHECK-NEXT: %{active: 2, specs: 2, supervisors: 0, workers: 2}
# CHECK-NEXT: :x
# CHECK-NEXT: leaf restarted with its supervisor: true
# CHECK-NEXT: :y
# CHECK-NEXT: :ok
# CHECK-NEXT: [nil, nil, nil, nil, nil]
