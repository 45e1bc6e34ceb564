# RUN: %athanor run %s | FileCheck %s
# Task.shutdown: nil for a task stopped while running, {:ok, reply} for one that already
# replied, {:exit, reason} for one that had already died; the owner is not taken down.
Logger.configure_backend(:console, device: :standard_error)
defmodule Main do
  def run do
    t = Task.async(fn -> Process.sleep(5000) end)
    IO.inspect(Task.shutdown(t), label: "running")
    t = Task.async(fn -> Process.sleep(5000) end)
    IO.inspect(Task.shutdown(t, :brutal_kill), label: "brutal_kill")
    t = Task.async(fn -> :done end)
    Process.sleep(50)
    IO.inspect(Task.shutdown(t), label: "finished")
    Process.flag(:trap_exit, true)
    t = Task.async(fn -> exit(:gone) end)
    Process.sleep(50)
    IO.inspect(Task.shutdown(t), label: "dead")
    t = Task.async(fn ->
      Process.flag(:trap_exit, true)
      receive do
        {:EXIT, _, :shutdown} -> Process.sleep(2000)
      end
    end)
    Process.sleep(20)
    IO.inspect(Task.shutdown(t, 50), label: "ignores shutdown")
    {:messages, msgs} = Process.info(self(), :messages)
    IO.inspect(Enum.map(msgs, fn {:EXIT, _, r} -> r end), label: "mailbox")
  end
end

Main.run()

# CHECK: running: nil
# CHECK-NEXT: brutal_kill: nil
# CHECK-NEXT: finished: {:ok, :done}
# CHECK-NEXT: dead: {:exit, :gone}
# CHECK-NEXT: ignores shutdown: {:exit, :killed}
# CHECK-NEXT: mailbox: [:gone]
