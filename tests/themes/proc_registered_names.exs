# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Registry1 do
  def start do
    pid = spawn(fn -> loop(%{}) end)
    Process.register(pid, :kv)
    pid
  end
  defp loop(state) do
    receive do
      {:put, k, v} -> loop(Map.put(state, k, v))
      {:get, k, from} ->
        send(from, {:value, k, Map.get(state, k)})
        loop(state)
      {:dump, from} ->
        send(from, {:dump, state})
        loop(state)
    end
  end
  def put(k, v), do: send(:kv, {:put, k, v})
  def get(k) do
    send(:kv, {:get, k, self()})
    receive do
      {:value, ^k, v} -> v
    after
      1000 -> :timeout
    end
  end
end

pid = Registry1.start()
IO.inspect(Process.whereis(:kv) == pid)
IO.inspect(Process.whereis(:nobody))
Registry1.put(:a, 1)
Registry1.put(:b, [2, 3])
IO.inspect(Registry1.get(:a))
IO.inspect(Registry1.get(:b))
IO.inspect(Registry1.get(:c))
send(:kv, {:dump, self()})
receive do
  {:dump, s} -> IO.inspect(s)
end
IO.inspect(:kv in Process.registered())
Process.unregister(:kv)
IO.inspect(Process.whereis(:kv))
try do
  send(:kv, :hello)
rescue
  e in ArgumentError -> IO.puts("send to unregistered name: ArgumentError")
end
Process.register(self(), :main_proc)
send(:main_proc, :to_myself)
receive do
  :to_myself -> IO.puts("received via own name")
end
IO.inspect(Process.alive?(pid))

# CHECK: true
# CHECK-NEXT: nil
# CHECK-NEXT: 1
# CHECK-NEXT: [2, 3]
# CHECK-NEXT: nil
# CHECK-NEXT: %{a: 1, b: [2, 3]}
# CHECK-NEXT: true
# CHECK-NEXT: nil
# CHECK-NEXT: send to unregistered name: ArgumentError
# CHECK-NEXT: received via own name
# CHECK-NEXT: true
