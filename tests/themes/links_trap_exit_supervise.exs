# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)

defmodule MiniSup do
  # restarts a worker up to max times, reporting each exit reason
  def start(worker_fun, max) do
    Process.flag(:trap_exit, true)
    pid = spawn_link(worker_fun)
    loop(worker_fun, pid, max, [])
  end

  defp loop(fun, pid, restarts_left, log) do
    receive do
      {:EXIT, ^pid, :normal} ->
        Enum.reverse([:normal_exit | log])
      {:EXIT, ^pid, reason} when restarts_left > 0 ->
        new = spawn_link(fun)
        loop(fun, new, restarts_left - 1, [{:restarted_after, simplify(reason)} | log])
      {:EXIT, ^pid, reason} ->
        Enum.reverse([{:gave_up, simplify(reason)} | log])
    after
      2000 -> Enum.reverse([:timeout | log])
    end
  end

  defp simplify({%RuntimeError{message: m}, _}), do: {:raised, m}
  defp simplify({reason, st}) when is_list(st), do: reason
  defp simplify(r), do: r
end

counter = spawn(fn ->
  loop = fn loop, n -> receive do {:next, from} -> send(from, {:n, n}); loop.(loop, n + 1) end end
  loop.(loop, 0)
end)
flaky = fn ->
  send(counter, {:next, self()})
  n = receive do {:n, n} -> n end
  cond do
    n < 2 -> raise "attempt #{n} failed"
    n < 3 -> exit(:still_bad)
    true -> :ok
  end
end
IO.inspect(MiniSup.start(flaky, 5))

always_bad = fn -> exit(:nope) end
IO.inspect(MiniSup.start(always_bad, 2))

# exit signal with trap_exit delivers messages for Process.exit/2 too
victim = spawn_link(fn -> Process.sleep(5000) end)
Process.exit(victim, :custom_kill)
receive do
  {:EXIT, ^victim, r} -> IO.inspect(r, label: "victim")
end

# :kill cannot be trapped by the target; link reports :killed
trapper = spawn_link(fn ->
  Process.flag(:trap_exit, true)
  Process.sleep(5000)
end)
Process.sleep(20)
Process.exit(trapper, :kill)
receive do
  {:EXIT, ^trapper, r} -> IO.inspect(r, label: "trapper")
end

# a trapping process receives exit signals as messages
me = self()
t2 = spawn(fn ->
  Process.flag(:trap_exit, true)
  receive do
    msg -> send(me, {:t2_got, msg})
  end
end)
Process.sleep(20)
Process.exit(t2, :please_stop)
receive do
  {:t2_got, {:EXIT, from, reason}} -> IO.inspect({from == me, reason})
end

# normal exit signals are ignored by non-trapping processes
t3 = spawn(fn -> receive do :ping -> send(me, :pong) end end)
Process.exit(t3, :normal)
Process.sleep(20)
send(t3, :ping)
receive do
  :pong -> IO.puts("t3 survived a :normal exit signal")
after 500 -> IO.puts("t3 died")
end
IO.inspect(Process.info(self(), :trap_exit))

# CHECK: [
# CHECK-NEXT:   {:restarted_after, {:raised, "attempt 0 failed"}},
# CHECK-NEXT:   {:restarted_after, {:raised, "attempt 1 failed"}},
# CHECK-NEXT:   {:restarted_after, :still_bad},
# CHECK-NEXT:   :normal_exit
# CHECK-NEXT: ]
# CHECK-NEXT: [restarted_after: :nope, restarted_after: :nope, gave_up: :nope]
# CHECK-NEXT: victim: :custom_kill
# CHECK-NEXT: trapper: :killed
# CHECK-NEXT: {true, :please_stop}
# CHECK-NEXT: t3 survived a :normal exit signal
# CHECK-NEXT: {:trap_exit, true}
