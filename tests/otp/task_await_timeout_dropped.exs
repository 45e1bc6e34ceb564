# RUN: %athanor run %s | FileCheck %s
# Task.await exits with {:timeout, {Task, :await, [task, timeout]}}; the late result is
# dropped: the mailbox stays empty and a later yield returns nil.
defmodule Main do
  def run do
    task = Task.async(fn -> Process.sleep(150); :late end)
    result =
      try do
        Task.await(task, 20)
      catch
        :exit, {:timeout, {Task, :await, [^task, 20]}} -> :timed_out
      end
    IO.inspect(result)
    Process.sleep(300)
    IO.inspect(Process.info(self(), :messages), label: "mailbox")
    IO.inspect(Task.yield(task, 50), label: "yield after await timeout")
  end
end

Main.run()

# CHECK: :timed_out
# CHECK-NEXT: mailbox: {:messages, []}
# CHECK-NEXT: yield after await timeout: nil
