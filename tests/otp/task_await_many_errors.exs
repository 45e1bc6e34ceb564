# RUN: %athanor run %s | FileCheck %s
# Task.await_many: results in task order; a timeout or a crashed task exits the caller.
Logger.configure_backend(:console, device: :standard_error)
defmodule Main do
  def run do
    tasks = for ms <- [30, 10, 20], do: Task.async(fn -> Process.sleep(ms); ms end)
    IO.inspect(Task.await_many(tasks))
    slow = [Task.async(fn -> :fast end), Task.async(fn -> Process.sleep(300) end)]
    r = try do
      Task.await_many(slow, 50)
    catch
      :exit, {:timeout, {Task, :await_many, [^slow, 50]}} -> :await_many_timeout
    end
    IO.inspect(r)
    Process.flag(:trap_exit, true)
    bad = [Task.async(fn -> Process.sleep(50); :ok end), Task.async(fn -> exit(:broken) end)]
    r = try do
      Task.await_many(bad)
    catch
      :exit, {reason, {Task, :await_many, [^bad, 5000]}} -> {:exited, reason}
    end
    IO.inspect(r)
    Process.sleep(100)
    msgs = for {:EXIT, _, reason} <- elem(Process.info(self(), :messages), 1), do: reason
    IO.inspect(msgs, label: "EXIT messages")
  end
end

Main.run()

# CHECK: [30, 10, 20]
# CHECK-NEXT: :await_many_timeout
# CHECK-NEXT: {:exited, :broken}
# CHECK-NEXT: EXIT messages: [:broken, :normal]
