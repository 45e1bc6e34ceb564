# RUN: %athanor run %s | FileCheck %s
# Stopping a supervisor shuts its children down in reverse start order: a trapping child
# gets :shutdown and may take up to its shutdown time, then is killed; :brutal_kill kills.
defmodule Slow do
  use GenServer
  def start_link({name, delay}), do: GenServer.start_link(__MODULE__, {name, delay}, name: name)
  def init({name, delay}) do
    Process.flag(:trap_exit, true)
    {:ok, {name, delay}}
  end
  def terminate(reason, {name, delay}) do
    send(:main, {:terminating, name, reason})
    Process.sleep(delay)
    send(:main, {:terminated, name})
  end
end

defmodule Main do
  def flush do
    receive do
      {:terminating, _, _} = msg -> [msg | flush()]
      {:terminated, _} = msg -> [msg | flush()]
    after
      50 -> []
    end
  end

  def run do
    Process.register(self(), :main)
    children = [
      Supervisor.child_spec({Slow, {:first, 0}}, id: :first),
      Supervisor.child_spec({Slow, {:patient, 30}}, id: :patient, shutdown: 1000),
      Supervisor.child_spec({Slow, {:stubborn, 2000}}, id: :stubborn, shutdown: 50),
      Supervisor.child_spec({Slow, {:killed, 0}}, id: :killed, shutdown: :brutal_kill)
    ]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
    stubborn = Process.whereis(:stubborn)
    ref = Process.monitor(stubborn)
    :ok = Supervisor.stop(sup)
    IO.inspect(flush())
    receive do
      {:DOWN, ^ref, _, _, reason} -> IO.inspect(reason, label: "stubborn child")
    end
    IO.inspect(Enum.map([:first, :patient, :stubborn, :killed], &Process.whereis/1))
  end
end

Main.run()

# CHECK: [
# CHECK-NEXT:   {:terminating, :stubborn, :shutdown},
# CHECK-NEXT:   {:terminating, :patient, :shutdown},
# CHECK-NEXT:   {:terminated, :patient},
# CHECK-NEXT:   {:terminating, :first, :shutdown},
# CHECK-NEXT:   {:terminated, :first}
# CHECK-NEXT: ]
# CHECK-NEXT: stubborn child: :killed
# CHECK-NEXT: [nil, nil, nil, nil]
