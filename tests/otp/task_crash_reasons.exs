# RUN: %athanor run %s | FileCheck %s
# A crashing async task: with trap_exit the owner survives; await exits with the task's
# reason wrapped in {reason, {Task, :await, [task, timeout]}}, yield returns {:exit, reason}.
Logger.configure_backend(:console, device: :standard_error)
defmodule Main do
  def run do
    Process.flag(:trap_exit, true)
    t = Task.async(fn -> raise "task failed" end)
    try do
      Task.await(t)
    catch
      :exit, {{%RuntimeError{message: m}, stack}, {Task, :await, [^t, 5000]}} ->
        IO.puts("await exit: #{m} (stacktrace is a list: #{is_list(stack)})")
    end
    receive do
      {:EXIT, pid, {%RuntimeError{}, _}} -> IO.inspect(pid == t.pid, label: "EXIT from the task")
    end

    t = Task.async(fn -> exit(:custom) end)
    IO.inspect(Task.yield(t), label: "yield")
    t = Task.async(fn -> :erlang.error(:badarg) end)
    {:exit, {:badarg, _}} = Task.yield(t)
    IO.puts("raw error reason")
    t = Task.async(fn -> throw(:ball) end)
    {:exit, {{:nocatch, :ball}, _}} = Task.yield(t)
    IO.puts("uncaught throw")
    t = Task.async(fn -> 1 + 1 end)
    IO.inspect(Task.yield(t), label: "ok")
    IO.inspect(Task.yield(t, 0), label: "yield again")
  end
end

Main.run()

# CHECK: await exit: task failed (stacktrace is a list: true)
# CHECK-NEXT: EXIT from the task: true
# CHECK-NEXT: yield: {:exit, :custom}
# CHECK-NEXT: raw error reason
# CHECK-NEXT: uncaught throw
# CHECK-NEXT: ok: {:ok, 2}
# CHECK-NEXT: yield again: nil
