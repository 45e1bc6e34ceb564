# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
defmodule Counter do
  use Agent
  def start_link(initial), do: Agent.start_link(fn -> initial end, name: __MODULE__)
  def inc, do: Agent.update(__MODULE__, &(&1 + 1))
  def value, do: Agent.get(__MODULE__, & &1)
end
defmodule Greeter do
  use GenServer
  def start_link(opts), do: GenServer.start_link(__MODULE__, opts[:greeting], name: __MODULE__)
  def greet(name), do: GenServer.call(__MODULE__, {:greet, name})
  def init(g), do: {:ok, g}
  def handle_call({:greet, n}, _, g), do: {:reply, "#{g}, #{n}!", g}
end
defmodule App.Supervisor do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)
  @impl true
  def init(arg) do
    children = [
      {Counter, arg},
      {Greeter, greeting: "Howdy"},
      {Task.Supervisor, name: App.TaskSup}
    ]
    Supervisor.init(children, strategy: :one_for_one)
  end
end
{:ok, sup} = App.Supervisor.start_link(10)
IO.inspect(Process.whereis(App.Supervisor) == sup)
Counter.inc()
Counter.inc()
IO.inspect(Counter.value())
IO.inspect(Greeter.greet("Ann"))
IO.inspect(Supervisor.count_children(App.Supervisor))
kids = Supervisor.which_children(App.Supervisor) |> Enum.map(fn {id, _, type, _} -> {id, type} end) |> Enum.sort()
IO.inspect(kids)
t = Task.Supervisor.async(App.TaskSup, fn -> Counter.value() * 2 end)
IO.inspect(Task.await(t))
IO.inspect(Counter.child_spec(5))
IO.inspect(Greeter.child_spec(greeting: "x"))
IO.inspect(Supervisor.child_spec({Counter, 1}, id: :other, restart: :temporary))
old = Process.whereis(Counter)
Agent.stop(Counter, :kill_it)
Process.sleep(100)
IO.inspect(Process.whereis(Counter) != old)
IO.inspect(Counter.value(), label: "after restart")

# CHECK: true
# CHECK-NEXT: 12
# CHECK-NEXT: "Howdy, Ann!"
# CHECK-NEXT: %{active: 3, specs: 3, supervisors: 1, workers: 2}
# CHECK-NEXT: [{App.TaskSup, :supervisor}, {Counter, :worker}, {Greeter, :worker}]
# CHECK-NEXT: 24
# CHECK-NEXT: %{id: Counter, start: {Counter, :start_link, [5]}}
# CHECK-NEXT: %{id: Greeter, start: {Greeter, :start_link, {{\[\[}}greeting: "x"]]}}
# CHECK-NEXT: %{id: :other, restart: :temporary, start: {Counter, :start_link, [1]}}
# CHECK-NEXT: true
# CHECK-NEXT: after restart: 10
