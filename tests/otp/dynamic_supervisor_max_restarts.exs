# RUN: %athanor run %s | FileCheck %s
# A DynamicSupervisor whose children keep crashing gives up after max_restarts and exits
# with :shutdown; :temporary children are never restarted.
Logger.configure_backend(:console, device: :standard_error)
defmodule Flaky do
  use GenServer
  def start_link(tag), do: GenServer.start_link(__MODULE__, tag)
  def init(tag) do
    send(:main, {:started, tag})
    {:ok, tag}
  end
  def handle_cast(:crash, tag), do: {:stop, :crash, tag}
end

defmodule Main do
  def started do
    receive do
      {:started, tag} -> [tag | started()]
    after
      100 -> []
    end
  end

  def crash_all(sup) do
    for {_, pid, _, _} <- DynamicSupervisor.which_children(sup), is_pid(pid), do: GenServer.cast(pid, :crash)
  end

  def run do
    Process.register(self(), :main)
    Process.flag(:trap_exit, true)
    {:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, max_restarts: 2, max_seconds: 10)
    {:ok, _} = DynamicSupervisor.start_child(sup, {Flaky, :perm})
    {:ok, _} = DynamicSupervisor.start_child(sup, %{id: Flaky, start: {Flaky, :start_link, [:temp]}, restart: :temporary})
    IO.inspect(started(), label: "started")
    crash_all(sup)
    IO.inspect(started(), label: "restarted")
    IO.inspect(DynamicSupervisor.count_children(sup))
    crash_all(sup)
    IO.inspect(started(), label: "restarted")
    crash_all(sup)
    receive do
      {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exit")
    after
      500 -> IO.puts("supervisor still running")
    end
  end
end

Main.run()

# CHECK: started: [:perm, :temp]
# CHECK-NEXT: restarted: [:perm]
# CHECK-NEXT: %{active: 1, specs: 1, supervisors: 0, workers: 1}
# CHECK-NEXT: restarted: [:perm]
# CHECK-NEXT: supervisor exit: :shutdown
