# RUN: %athanor run %s | FileCheck %s
# :one_for_all and :rest_for_one restart siblings in start order; a :temporary sibling
# that was stopped for the restart is not started again.
Logger.configure_backend(:console, device: :standard_error)
defmodule M do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name) do
    send(:main, {:init, name})
    {:ok, name}
  end
  def handle_cast(:crash, name), do: {:stop, :crash, name}
end

defmodule Main do
  def events do
    receive do
      {:init, n} -> [n | events()]
    after
      100 -> []
    end
  end

  def scenario(strategy, crash) do
    specs = [
      Supervisor.child_spec({M, :a}, id: :a),
      Supervisor.child_spec({M, :b}, id: :b, restart: :temporary),
      Supervisor.child_spec({M, :c}, id: :c),
      Supervisor.child_spec({M, :d}, id: :d)
    ]
    {:ok, sup} = Supervisor.start_link(specs, strategy: strategy)
    events()
    pid = Process.whereis(crash)
    ref = Process.monitor(pid)
    GenServer.cast(crash, :crash)
    receive do
      {:DOWN, ^ref, _, _, _} -> :ok
    end
    _ = Supervisor.count_children(sup)
    IO.inspect(events(), label: "#{strategy}, #{crash} crashed: started again")
    IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)), label: "children")
    Supervisor.stop(sup)
  end

  def run do
    Process.register(self(), :main)
    scenario(:one_for_all, :c)
    scenario(:rest_for_one, :a)
    scenario(:rest_for_one, :c)
    scenario(:one_for_one, :d)
  end
end

Main.run()

# CHECK: one_for_all, c crashed: started again: [:a, :c, :d]
# CHECK-NEXT: children: [:d, :c, :a]
# CHECK-NEXT: rest_for_one, a crashed: started again: [:a, :c, :d]
# CHECK-NEXT: children: [:d, :c, :a]
# CHECK-NEXT: rest_for_one, c crashed: started again: [:c, :d]
# CHECK-NEXT: children: [:d, :c, :b, :a]
# CHECK-NEXT: one_for_one, d crashed: started again: [:d]
# CHECK-NEXT: children: [:d, :c, :b, :a]
