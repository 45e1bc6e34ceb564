# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Process.sleep/1, send_after/3, read_timer/1, cancel_timer/1, monitor/1, demonitor/2, send/3.
defmodule Main do
  def timers do
    IO.inspect Process.sleep(10)
    ref = Process.send_after(self(), :tick, 20)
    IO.inspect is_integer(Process.read_timer(ref))

    receive do
      :tick -> IO.puts("tick")
    end

    IO.inspect Process.read_timer(ref)
    ref2 = Process.send_after(self(), :never, 10_000)
    IO.inspect is_integer(Process.cancel_timer(ref2))
    IO.inspect Process.cancel_timer(ref2)
    IO.inspect Process.send(self(), :hello, [])

    receive do
      :hello -> IO.puts("hello")
    end
  end

  def monitors do
    pid = spawn(fn -> receive do :stop -> :ok end end)
    mref = Process.monitor(pid)
    send(pid, :stop)
    wait_down(mref, pid)
    pid2 = spawn(fn -> Process.sleep(:infinity) end)
    mref2 = Process.monitor(pid2)
    IO.inspect Process.demonitor(mref2, [:flush])
    IO.inspect Process.exit(pid2, :kill)
    Process.sleep(20)
    IO.inspect Process.alive?(pid2)
    IO.inspect Process.flag(:trap_exit, true)
    IO.inspect Process.flag(:trap_exit, false)
  end

  defp wait_down(mref, pid) do
    receive do
      {:DOWN, ^mref, :process, ^pid, reason} -> IO.inspect(reason)
    end
  end
end

Main.timers()
Main.monitors()
# CHECK: :ok
# CHECK-NEXT: true
# CHECK-NEXT: tick
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: :ok
# CHECK-NEXT: hello
# CHECK-NEXT: :normal
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: false
# CHECK-NEXT: true
