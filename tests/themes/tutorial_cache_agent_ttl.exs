# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
defmodule Cache do
  use Agent
  def start_link(opts), do: Agent.start_link(fn -> %{} end, name: Keyword.get(opts, :name, __MODULE__))
  def put(key, value, now), do: Agent.update(__MODULE__, &Map.put(&1, key, {value, now}))
  def get(key, now, ttl) do
    Agent.get_and_update(__MODULE__, fn data ->
      case Map.get(data, key) do
        nil -> {:miss, data}
        {v, t} when now - t <= ttl -> {{:hit, v}, data}
        {_, _} -> {:expired, Map.delete(data, key)}
      end
    end)
  end
  def fetch(key, now, ttl, fun) do
    case get(key, now, ttl) do
      {:hit, v} -> {:cached, v}
      _ ->
        v = fun.()
        put(key, v, now)
        {:computed, v}
    end
  end
  def keys, do: Agent.get(__MODULE__, &(&1 |> Map.keys() |> Enum.sort()))
end
children = [{Cache, []}]
{:ok, _} = Supervisor.start_link(children, strategy: :one_for_one)
expensive = fn n -> fn -> Enum.reduce(1..n, 0, &+/2) end end
# a logical clock instead of real time keeps the output deterministic
IO.inspect(Cache.fetch(:sum100, 0, 10, expensive.(100)))
IO.inspect(Cache.fetch(:sum100, 5, 10, expensive.(100)))
IO.inspect(Cache.fetch(:sum100, 20, 10, expensive.(100)))
IO.inspect(Cache.get(:sum100, 25, 10))
IO.inspect(Cache.get(:nothing, 0, 10))
Cache.put({:user, 1}, %{name: "Ann"}, 30)
IO.inspect(Cache.get({:user, 1}, 35, 10))
IO.inspect(Cache.get({:user, 1}, 50, 10))
IO.inspect(Cache.keys())
old = Process.whereis(Cache)
Agent.stop(Cache, :crash_on_purpose)
Process.sleep(50)
IO.inspect(Process.whereis(Cache) != old, label: "restarted")
IO.inspect(Cache.keys(), label: "empty after restart")

# CHECK: {:computed, 5050}
# CHECK-NEXT: {:cached, 5050}
# CHECK-NEXT: {:computed, 5050}
# CHECK-NEXT: {:hit, 5050}
# CHECK-NEXT: :miss
# CHECK-NEXT: {:hit, %{name: "Ann"}}
# CHECK-NEXT: :expired
# CHECK-NEXT: [:sum100]
# CHECK-NEXT: restarted: true
# CHECK-NEXT: empty after restart: []
