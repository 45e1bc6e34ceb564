# RUN: %athanor run %s | FileCheck %s
# More than max_restarts restarts within max_seconds: the supervisor stops its children
# and exits with :shutdown.
Logger.configure_backend(:console, device: :standard_error)
defmodule Crashy do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: id)
  def init(id), do: {:ok, id}
  def handle_cast(:crash, id), do: {:stop, :crashed, id}
end

defmodule Main do
  def wait_for(name, old) do
    case Process.whereis(name) do
      pid when is_pid(pid) and pid != old -> pid
      _ -> Process.sleep(2); wait_for(name, old)
    end
  end

  def crash(name) do
    old = Process.whereis(name)
    ref = Process.monitor(old)
    GenServer.cast(name, :crash)
    receive do
      {:DOWN, ^ref, _, _, reason} -> reason
    end
  end

  def run do
    Process.flag(:trap_exit, true)
    children = [{Crashy, :c1}, Supervisor.child_spec({Crashy, :c2}, id: :c2)]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one, max_restarts: 2, max_seconds: 5)
    sup_ref = Process.monitor(sup)
    for i <- 1..2 do
      old = Process.whereis(:c1)
      IO.inspect(crash(:c1), label: "crash #{i}")
      wait_for(:c1, old)
      IO.inspect(Supervisor.count_children(sup).active, label: "active after restart #{i}")
    end
    c2 = Process.whereis(:c2)
    c2_ref = Process.monitor(c2)
    IO.inspect(crash(:c1), label: "crash 3")
    receive do
      {:DOWN, ^sup_ref, :process, ^sup, reason} -> IO.inspect(reason, label: "supervisor down")
    end
    receive do
      {:DOWN, ^c2_ref, :process, ^c2, reason} -> IO.inspect(reason, label: "sibling down")
    end
    receive do
      {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "EXIT from supervisor")
    end
    IO.inspect(Process.whereis(:c1), label: "c1")
  end
end

Main.run()

# CHECK: crash 1: :crashed
# CHECK-NEXT: active after restart 1: 2
# CHECK-NEXT: crash 2: :crashed
# CHECK-NEXT: active after restart 2: 2
# CHECK-NEXT: crash 3: :crashed
# CHECK-NEXT: supervisor down: :shutdown
# CHECK-NEXT: sibling down: :shutdown
# CHECK-NEXT: EXIT from supervisor: :shutdown
# CHECK-NEXT: c1: nil
