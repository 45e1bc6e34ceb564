# RUN: %athanor run %s | FileCheck %s
# Child specifications: module, {module, arg}, maps, Supervisor.child_spec/2 overrides,
# and the child_spec/1 that `use GenServer` / `use Agent` / `use Task` / `use Supervisor` define.
defmodule Srv do
  use GenServer, restart: :transient, shutdown: 1000
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end
defmodule Ag do
  use Agent
  def start_link(arg), do: Agent.start_link(fn -> arg end)
end
defmodule Tk do
  use Task
  def start_link(arg), do: Task.start_link(fn -> arg end)
end
defmodule Sup do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)
  def init(_), do: Supervisor.init([], strategy: :one_for_one)
end

IO.inspect(Srv.child_spec(:x))
IO.inspect(Ag.child_spec(:x))
IO.inspect(Tk.child_spec(:x))
IO.inspect(Sup.child_spec(:x))
IO.inspect(Supervisor.child_spec(Srv, []))
IO.inspect(Supervisor.child_spec({Srv, 1}, id: :custom, restart: :temporary, type: :worker, modules: [Other]))
IO.inspect(Supervisor.child_spec(%{id: :m, start: {Srv, :start_link, [2]}}, shutdown: :brutal_kill))
IO.inspect(Supervisor.child_spec({Agent, fn -> 1 end}, id: :agent) |> Map.delete(:start))
IO.inspect(Supervisor.child_spec({Task.Supervisor, name: :tasks}, []))
IO.inspect(Supervisor.child_spec({DynamicSupervisor, name: :dyn, strategy: :one_for_one}, []))
IO.inspect(Supervisor.init([Srv, {Ag, 2}], strategy: :one_for_all, max_restarts: 10, max_seconds: 2))
try do
  Supervisor.child_spec({Srv, 1}, bogus: true)
rescue
  e in ArgumentError -> IO.puts(e.message)
end
try do
  Supervisor.init([Srv], [])
rescue
  e in ArgumentError -> IO.puts(e.message)
end
# :significant is not an override key in Elixir 1.14 (a map child spec may have it)
try do
  Supervisor.child_spec({Srv, :x}, significant: true)
rescue
  e in ArgumentError -> IO.puts(e.message)
end

# CHECK: %{id: Srv, restart: :transient, shutdown: 1000, start: {Srv, :start_link, [:x]}}
# CHECK-NEXT: %{id: Ag, start: {Ag, :start_link, [:x]}}
# CHECK-NEXT: %{id: Tk, restart: :temporary, start: {Tk, :start_link, [:x]}}
# CHECK-NEXT: %{id: Sup, start: {Sup, :start_link, [:x]}, type: :supervisor}
# CHECK-NEXT: %{id: Srv, restart: :transient, shutdown: 1000, start: {Srv, :start_link, {{\[\[}}]]}}
# CHECK-NEXT: %{
# CHECK-NEXT:   id: :custom,
# CHECK-NEXT:   modules: [Other],
# CHECK-NEXT:   restart: :temporary,
# CHECK-NEXT:   shutdown: 1000,
# CHECK-NEXT:   start: {Srv, :start_link, [1]},
# CHECK-NEXT:   type: :worker
# CHECK-NEXT: }
# CHECK-NEXT: %{id: :m, shutdown: :brutal_kill, start: {Srv, :start_link, [2]}}
# CHECK-NEXT: %{id: :agent}
# CHECK-NEXT: %{
# CHECK-NEXT:   id: :tasks,
# CHECK-NEXT:   start: {Task.Supervisor, :start_link, {{\[\[}}name: :tasks]]},
# CHECK-NEXT:   type: :supervisor
# CHECK-NEXT: }
# CHECK-NEXT: %{
# CHECK-NEXT:   id: :dyn,
# CHECK-NEXT:   start: {DynamicSupervisor, :start_link,
# CHECK-NEXT:    {{\[\[}}name: :dyn, strategy: :one_for_one]]},
# CHECK-NEXT:   type: :supervisor
# CHECK-NEXT: }
# CHECK-NEXT: {:ok,
# CHECK-NEXT:  {%{intensity: 10, period: 2, strategy: :one_for_all},
# CHECK-NEXT:   [
# CHECK-NEXT:     %{
# CHECK-NEXT:       id: Srv,
# CHECK-NEXT:       restart: :transient,
# CHECK-NEXT:       shutdown: 1000,
# CHECK-NEXT:       start: {Srv, :start_link, {{\[\[}}]]}
# CHECK-NEXT:     },
# CHECK-NEXT:     %{id: Ag, start: {Ag, :start_link, [2]}}
# CHECK-NEXT:   ]}}
# CHECK-NEXT: unknown key :bogus in child specification override
# CHECK-NEXT: expected :strategy option to be given
# CHECK-NEXT: unknown key :significant in child specification override
