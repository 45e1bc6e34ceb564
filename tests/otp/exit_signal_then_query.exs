# RUN: %athanor run %s | FileCheck %s
# RUN: env ATHANOR_SCHEDULERS=1 %athanor run %s | FileCheck %s
# The BEAM handles the signals from one process to another in order: after
# Process.exit(pid, reason) that kills pid, the same caller's Process.alive?/1,
# Process.info/1,2, Process.monitor/1 and Process.link/1 find pid dead (the monitor gets a
# :noproc DOWN), even if pid has not run since. Exits that do not kill (:normal, or any
# reason for a trapping process) leave it alive.
defmodule Q do
  def sleeper, do: spawn(fn -> Process.sleep(:infinity) end)

  def run do
    pid = sleeper()
    Process.exit(pid, :kill)
    IO.inspect(Process.alive?(pid), label: "alive after :kill")
    IO.inspect(Process.info(pid), label: "info after :kill")
    IO.inspect(Process.info(pid, :status), label: "status after :kill")

    pid = sleeper()
    Process.exit(pid, :shutdown)
    IO.inspect(Process.alive?(pid), label: "alive after :shutdown")

    pid = spawn(fn -> Enum.each(1..100_000_000, fn _ -> :ok end) end)
    Process.exit(pid, :kill)
    IO.inspect(Process.alive?(pid), label: "busy process alive after :kill")

    pid = sleeper()
    Process.exit(pid, :kill)
    ref = Process.monitor(pid)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "monitor after :kill")
    end

    pid = sleeper()
    Process.exit(pid, :normal)
    IO.inspect(Process.alive?(pid), label: "alive after :normal")

    trapper = spawn(fn -> Process.flag(:trap_exit, true); Process.sleep(:infinity) end)
    Process.sleep(10)
    Process.exit(trapper, :shutdown)
    IO.inspect(Process.alive?(trapper), label: "trapping process alive after :shutdown")

    Process.flag(:trap_exit, true)
    pid = sleeper()
    Process.exit(pid, :kill)
    Process.link(pid)
    receive do
      {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "link after :kill")
    end

    pid = sleeper()
    Process.link(pid)
    Process.exit(pid, :boom)
    IO.inspect(Process.alive?(pid), label: "linked alive after :boom")
    receive do
      {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "EXIT")
    end
  end
end

Q.run()

# CHECK: alive after :kill: false
# CHECK-NEXT: info after :kill: nil
# CHECK-NEXT: status after :kill: nil
# CHECK-NEXT: alive after :shutdown: false
# CHECK-NEXT: busy process alive after :kill: false
# CHECK-NEXT: monitor after :kill: :noproc
# CHECK-NEXT: alive after :normal: true
# CHECK-NEXT: trapping process alive after :shutdown: true
# CHECK-NEXT: link after :kill: :noproc
# CHECK-NEXT: linked alive after :boom: false
# CHECK-NEXT: EXIT: :boom
