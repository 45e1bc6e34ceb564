# RUN: %athanor run %s | FileCheck %s
# Process.demonitor/2 with :flush removes the DOWN message if the monitor already fired
# (also one that arrived as a signal not yet looked at), and :info tells whether the
# monitor was still active. Awaiting thousands of tasks one by one stays linear: a
# demonitor of a still-active monitor does not scan the mailbox.
defmodule Main do
  def run do
    p = spawn(fn -> receive do :stop -> :ok end end)
    ref = Process.monitor(p)
    IO.inspect(Process.demonitor(ref, [:flush, :info]), label: "active monitor")
    send(p, :stop)

    q = spawn(fn -> :ok end)
    ref = Process.monitor(q)
    Process.sleep(20)
    send(self(), :marker)
    IO.inspect(Process.demonitor(ref, [:flush, :info]), label: "fired monitor")
    IO.inspect(Process.info(self(), :messages), label: "left")
    receive do :marker -> :ok end

    r = spawn(fn -> :ok end)
    ref = Process.monitor(r)
    Process.sleep(20)
    IO.inspect(Process.demonitor(ref, [:info]), label: "fired, no flush")
    receive do
      {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "DOWN kept")
    end

    dead = Process.monitor(spawn(fn -> :ok end) |> tap(fn _ -> Process.sleep(10) end))
    IO.inspect(Process.demonitor(dead, [:flush]), label: "noproc flushed")
    IO.inspect(Process.info(self(), :message_queue_len))

    n = 20_000
    tasks = for i <- 1..n, do: Task.async(fn -> i end)
    IO.inspect(tasks |> Enum.map(&Task.await/1) |> Enum.sum(), label: "await one by one")
    tasks = for i <- 1..n, do: Task.async(fn -> i * 2 end)
    IO.inspect(tasks |> Task.await_many(60_000) |> Enum.sum(), label: "await_many")
    tasks = for i <- 1..n, do: Task.async(fn -> i end)
    IO.inspect(tasks |> Task.yield_many(60_000) |> Enum.count(fn {_, {:ok, _}} -> true end), label: "yield_many")
    IO.inspect(Process.info(self(), :message_queue_len))
  end
end

Main.run()

# CHECK: active monitor: true
# CHECK-NEXT: fired monitor: false
# CHECK-NEXT: left: {:messages, [:marker]}
# CHECK-NEXT: fired, no flush: false
# CHECK-NEXT: DOWN kept: :normal
# CHECK-NEXT: noproc flushed: true
# CHECK-NEXT: {:message_queue_len, 0}
# CHECK-NEXT: await one by one: 200010000
# CHECK-NEXT: await_many: 400020000
# CHECK-NEXT: yield_many: 20000
# CHECK-NEXT: {:message_queue_len, 0}
