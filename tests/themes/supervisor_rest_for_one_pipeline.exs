# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
defmodule Events do
  use Agent
  def start_link(_), do: Agent.start_link(fn -> [] end, name: __MODULE__)
  def log(e), do: Agent.update(__MODULE__, &[e | &1])
  def take, do: Agent.get_and_update(__MODULE__, &{Enum.reverse(&1), []})
end
defmodule Stage do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def child_spec(name), do: %{id: name, start: {__MODULE__, :start_link, [name]}}
  def init(name), do: (Events.log({:start, name}); {:ok, name})
  def handle_cast(:crash, name), do: {:stop, {:crashed, name}, name}
end
defmodule Waiter do
  def until_new(name, old) do
    case Process.whereis(name) do
      p when is_pid(p) and p != old -> :ok
      _ -> Process.sleep(5); until_new(name, old)
    end
  end
end
{:ok, _} = Events.start_link(nil)
{:ok, sup} = Supervisor.start_link([Stage.child_spec(:reader), Stage.child_spec(:parser), Stage.child_spec(:writer)], strategy: :rest_for_one)
IO.inspect(Events.take(), label: "boot")
for victim <- [:writer, :parser, :reader] do
  old = Process.whereis(victim)
  GenServer.cast(victim, :crash)
  Waiter.until_new(victim, old)
  Supervisor.count_children(sup)
  Process.sleep(20)
  IO.inspect(Events.take(), label: "after crashing #{victim}")
end
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)))
IO.inspect(Supervisor.stop(sup))

# CHECK: boot: [start: :reader, start: :parser, start: :writer]
# CHECK-NEXT: after crashing writer: [start: :writer]
# CHECK-NEXT: after crashing parser: [start: :parser, start: :writer]
# CHECK-NEXT: after crashing reader: [start: :reader, start: :parser, start: :writer]
# CHECK-NEXT: [:writer, :parser, :reader]
# CHECK-NEXT: :ok
