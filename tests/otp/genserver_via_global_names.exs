# RUN: %athanor run %s | FileCheck %s
# Servers named {:global, term} and {:via, module, term}.
defmodule Reg do
  # a tiny via-registry backed by an Agent
  def start, do: Agent.start(fn -> %{} end, name: __MODULE__)
  def register_name(name, pid) do
    Agent.get_and_update(__MODULE__, fn m ->
      if Map.has_key?(m, name), do: {:no, m}, else: {:yes, Map.put(m, name, pid)}
    end)
  end
  def unregister_name(name), do: Agent.update(__MODULE__, &Map.delete(&1, name))
  def whereis_name(name), do: Agent.get(__MODULE__, &Map.get(&1, name, :undefined))
  def send(name, msg) do
    case whereis_name(name) do
      :undefined -> :erlang.error(:badarg)
      pid -> Kernel.send(pid, msg)
    end
  end
end

defmodule Kv do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_cast({:set, v}, _s), do: {:noreply, v}
end

defmodule Main do
  def run do
    {:ok, _} = Reg.start()
    {:ok, pid} = GenServer.start_link(Kv, :via_state, name: {:via, Reg, "kv"})
    IO.inspect(GenServer.call({:via, Reg, "kv"}, :get))
    GenServer.cast({:via, Reg, "kv"}, {:set, :changed})
    IO.inspect(GenServer.call({:via, Reg, "kv"}, :get))
    IO.inspect(GenServer.whereis({:via, Reg, "kv"}) == pid)
    {:error, {:already_started, ^pid}} = GenServer.start_link(Kv, :x, name: {:via, Reg, "kv"})
    IO.puts("via already_started")
    IO.inspect(GenServer.cast({:via, Reg, "missing"}, :x))

    {:ok, gpid} = GenServer.start_link(Kv, :global_state, name: {:global, {:kv, 1}})
    IO.inspect(GenServer.call({:global, {:kv, 1}}, :get))
    IO.inspect(GenServer.whereis({:global, {:kv, 1}}) == gpid)
    IO.inspect(GenServer.start(Kv, :x, name: {:global, {:kv, 1}}) |> elem(0))
    GenServer.stop({:global, {:kv, 1}})
    IO.inspect(GenServer.whereis({:global, {:kv, 1}}), label: "after stop")
    r = try do
      GenServer.call({:global, :nobody}, :get)
    catch
      :exit, reason -> reason
    end
    IO.inspect(r)
  end
end

Main.run()

# CHECK: :via_state
# CHECK-NEXT: :changed
# CHECK-NEXT: true
# CHECK-NEXT: via already_started
# CHECK-NEXT: :ok
# CHECK-NEXT: :global_state
# CHECK-NEXT: true
# CHECK-NEXT: :error
# CHECK-NEXT: after stop: nil
# CHECK-NEXT: {:noproc, {GenServer, :call, [{:global, :nobody}, :get, 5000]}}
