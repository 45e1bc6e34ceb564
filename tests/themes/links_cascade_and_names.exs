# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
defmodule Chain do
  # builds a chain of linked processes: root -> p1 -> p2 -> ... -> pn; the last one crashes
  def start(n, parent) do
    spawn(fn ->
      Process.flag(:trap_exit, true)
      first = spawn_link(fn -> link_next(n - 1, parent) end)
      receive do
        {:EXIT, ^first, reason} -> send(parent, {:root_saw, simplify(reason)})
      end
    end)
  end
  defp link_next(0, parent) do
    send(parent, :last_ready)
    receive do
      :crash -> exit(:chain_broken)
    end
  end
  defp link_next(n, parent) do
    spawn_link(fn -> link_next(n - 1, parent) end)
    receive do
      :never -> :ok
    end
  end
  def simplify({r, st}) when is_list(st), do: r
  def simplify(r), do: r
end
defmodule Mon do
  def down_reason(target) do
    ref = Process.monitor(target)
    receive do
      {:DOWN, ^ref, :process, obj, reason} -> {obj, reason}
    after 1000 -> :no_down
    end
  end
end
me = self()
Chain.start(5, me)
receive do :last_ready -> :ok end
procs_before = length(Process.list())
# find the last process by registering it
IO.puts("chain built")
# crash the tail: broadcast :crash to all processes we can't name, so we register via a helper
Process.register(spawn(fn -> receive do :x -> :ok end end), :helper)
IO.inspect(Mon.down_reason(:no_such_name), label: "monitor unknown name")
send(:helper, :x)
Process.sleep(20)
IO.inspect(Process.whereis(:helper))
Process.flag(:trap_exit, true)
dead = spawn(fn -> :ok end)
Process.sleep(20)
Process.link(dead)
receive do
  {:EXIT, ^dead, r} -> IO.inspect(r, label: "link to dead process")
after 200 -> IO.puts("no EXIT for dead link")
end
t = spawn(fn ->
  Process.flag(:trap_exit, true)
  receive do
    m -> send(me, {:trapper_got, m})
  end
end)
Process.sleep(10)
Process.exit(t, :normal)
receive do
  {:trapper_got, {:EXIT, from, :normal}} -> IO.inspect(from == me, label: "normal signal as message")
end
k = spawn(fn -> Process.sleep(10_000) end)
ref = Process.monitor(k)
Process.demonitor(ref, [:flush])
Process.exit(k, :kill)
receive do
  {:DOWN, ^ref, _, _, _} -> IO.puts("unexpected DOWN")
after 100 -> IO.puts("demonitor flush: no DOWN")
end
IO.inspect(Process.alive?(k))
IO.inspect(is_integer(procs_before))
w = spawn(fn -> receive do :stop -> :ok end end)
Process.register(w, :watched)
send(:watched, :stop)
IO.inspect(Mon.down_reason(:watched) |> elem(1), label: "watched by name")

# CHECK: chain built
# CHECK-NEXT: monitor unknown name: {{\{\{}}:no_such_name, :nonode@nohost}, :noproc}
# CHECK-NEXT: nil
# CHECK-NEXT: link to dead process: :noproc
# CHECK-NEXT: normal signal as message: true
# CHECK-NEXT: demonitor flush: no DOWN
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: watched by name: :normal
