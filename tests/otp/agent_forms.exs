# RUN: %athanor run %s | FileCheck %s
# Agent with funs and {module, fun, args}, named agents, timeouts, stop.
defmodule Store do
  def init(a, b), do: %{a: a, b: b}
  def get(state, key), do: Map.get(state, key)
  def put(state, key, value), do: Map.put(state, key, value)
  def pop(state, key), do: Map.pop(state, key)
end

defmodule Main do
  def run do
    {:ok, pid} = Agent.start_link(Store, :init, [1, 2])
    IO.inspect(Agent.get(pid, Store, :get, [:a]))
    :ok = Agent.update(pid, Store, :put, [:c, 3])
    IO.inspect(Agent.get_and_update(pid, Store, :pop, [:b]))
    :ok = Agent.cast(pid, Store, :put, [:d, 4])
    IO.inspect(Agent.get(pid, & &1))
    {:ok, _} = Agent.start(fn -> [] end, name: :named_agent)
    IO.inspect(Agent.start(fn -> [] end, name: :named_agent) |> elem(0), label: "same name")
    Agent.update(:named_agent, &[:x | &1])
    IO.inspect(Agent.get(:named_agent, & &1, 1000))
    r = try do
      Agent.get(:named_agent, fn s -> Process.sleep(200); s end, 20)
    catch
      :exit, {:timeout, {GenServer, :call, [:named_agent, {:get, _}, 20]}} -> :agent_timeout
    end
    IO.inspect(r)
    IO.inspect(:sys.get_state(:named_agent), label: "sys.get_state")
    IO.inspect(Agent.stop(:named_agent, :normal, 1000))
    IO.inspect(Process.whereis(:named_agent))
    r = try do
      Agent.get(:named_agent, & &1)
    catch
      :exit, {reason, {GenServer, :call, _}} -> reason
    end
    IO.inspect(r, label: "get after stop")
    {:ok, a} = Agent.start_link(fn -> 0 end)
    parent = self()
    for _ <- 1..5, do: spawn(fn -> Agent.update(a, &(&1 + 1)); send(parent, :done) end)
    for _ <- 1..5, do: (receive do :done -> :ok end)
    IO.inspect(Agent.get(a, & &1), label: "updates from 5 processes")
    IO.inspect(Agent.child_spec(:arg))
  end
end

Main.run()

# CHECK: 1
# CHECK-NEXT: 2
# CHECK-NEXT: %{a: 1, c: 3, d: 4}
# CHECK-NEXT: same name: :error
# CHECK-NEXT: [:x]
# CHECK-NEXT: :agent_timeout
# CHECK-NEXT: sys.get_state: [:x]
# CHECK-NEXT: :ok
# CHECK-NEXT: nil
# CHECK-NEXT: get after stop: :noproc
# CHECK-NEXT: updates from 5 processes: 5
# CHECK-NEXT: %{id: Agent, start: {Agent, :start_link, [:arg]}}
