# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
defmodule Log do
  def start, do: Agent.start_link(fn -> [] end, name: __MODULE__)
  def add(e), do: Agent.update(__MODULE__, &[e | &1])
  def take do
    Agent.get_and_update(__MODULE__, fn l -> {Enum.reverse(l), []} end)
  end
end
defmodule W do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name) do
    Log.add({:init, name})
    Process.flag(:trap_exit, true)
    {:ok, name}
  end
  def handle_cast(:crash, name), do: raise("#{name} down")
  def terminate(reason, name) do
    Log.add({:terminate, name, (case reason do {%RuntimeError{}, _} -> :crash; r -> r end)})
  end
end
defmodule Run do
  def crash_and_settle(sup, name) do
    old = Process.whereis(name)
    ref = Process.monitor(old)
    GenServer.cast(name, :crash)
    receive do
      {:DOWN, ^ref, _, _, _} -> :ok
    end
    wait_new(name, old)
    Supervisor.which_children(sup)
    :ok
  end
  defp wait_new(name, old) do
    case Process.whereis(name) do
      p when is_pid(p) and p != old -> p
      _ -> Process.sleep(5); wait_new(name, old)
    end
  end
  def children(strategy) do
    specs = for n <- [:a, :b, :c], do: Supervisor.child_spec({W, n}, id: n)
    {:ok, sup} = Supervisor.start_link(specs, strategy: strategy)
    IO.inspect(Log.take(), label: "#{strategy} start")
    crash_and_settle(sup, :b)
    Process.sleep(50)
    IO.inspect(Log.take(), label: "#{strategy} after crashing b")
    Supervisor.stop(sup)
    IO.inspect(Log.take(), label: "#{strategy} stop")
  end
end
{:ok, _} = Log.start()
Run.children(:one_for_one)
Run.children(:one_for_all)
Run.children(:rest_for_one)

# CHECK: one_for_one start: [init: :a, init: :b, init: :c]
# CHECK-NEXT: one_for_one after crashing b: [{:terminate, :b, :crash}, {:init, :b}]
# CHECK-NEXT: one_for_one stop: [
# CHECK-NEXT:   {:terminate, :c, :shutdown},
# CHECK-NEXT:   {:terminate, :b, :shutdown},
# CHECK-NEXT:   {:terminate, :a, :shutdown}
# CHECK-NEXT: ]
# CHECK-NEXT: one_for_all start: [init: :a, init: :b, init: :c]
# CHECK-NEXT: one_for_all after crashing b: [
# CHECK-NEXT:   {:terminate, :b, :crash},
# CHECK-NEXT:   {:terminate, :c, :shutdown},
# CHECK-NEXT:   {:terminate, :a, :shutdown},
# CHECK-NEXT:   {:init, :a},
# CHECK-NEXT:   {:init, :b},
# CHECK-NEXT:   {:init, :c}
# CHECK-NEXT: ]
# CHECK-NEXT: one_for_all stop: [
# CHECK-NEXT:   {:terminate, :c, :shutdown},
# CHECK-NEXT:   {:terminate, :b, :shutdown},
# CHECK-NEXT:   {:terminate, :a, :shutdown}
# CHECK-NEXT: ]
# CHECK-NEXT: rest_for_one start: [init: :a, init: :b, init: :c]
# CHECK-NEXT: rest_for_one after crashing b: [
# CHECK-NEXT:   {:terminate, :b, :crash},
# CHECK-NEXT:   {:terminate, :c, :shutdown},
# CHECK-NEXT:   {:init, :b},
# CHECK-NEXT:   {:init, :c}
# CHECK-NEXT: ]
# CHECK-NEXT: rest_for_one stop: [
# CHECK-NEXT:   {:terminate, :c, :shutdown},
# CHECK-NEXT:   {:terminate, :b, :shutdown},
# CHECK-NEXT:   {:terminate, :a, :shutdown}
# CHECK-NEXT: ]
