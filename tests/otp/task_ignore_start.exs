# RUN: %athanor run %s | FileCheck %s
# Task.ignore, Task.start, Task.start_link, and the %Task{} struct.
defmodule Work do
  def double(x), do: x * 2
end

defmodule Main do
  def run do
    t = Task.async(fn -> Process.sleep(50); :ignored end)
    IO.inspect(Task.ignore(t), label: "ignore a running task")
    Process.sleep(100)
    IO.inspect(Process.info(self(), :messages), label: "mailbox")
    t = Task.async(fn -> :already_done end)
    Process.sleep(30)
    IO.inspect(Task.ignore(t), label: "ignore a finished task")

    t = Task.async(Work, :double, [21])
    IO.inspect(t.mfa, label: "mfa")
    IO.inspect(Map.keys(t), label: "fields")
    IO.inspect(t.owner == self() and is_pid(t.pid) and is_reference(t.ref))
    IO.inspect(Task.await(t))
    IO.inspect(Task.async(fn -> 1 end).mfa, label: "mfa of a fun")

    me = self()
    {:ok, pid} = Task.start(fn -> send(me, {:started, self()}) end)
    receive do
      {:started, ^pid} -> IO.puts("Task.start ran")
    end
    {:ok, pid} = Task.start_link(Work, :double, [5])
    IO.inspect(is_pid(pid), label: "Task.start_link")
    {:ok, pid} = Task.start_link(fn -> send(me, {:callers, Process.get(:"$callers")}) end)
    receive do
      {:callers, callers} -> IO.inspect(callers == [me], label: "$callers")
    end
    _ = pid
  end
end

Main.run()

# CHECK: ignore a running task: nil
# CHECK-NEXT: mailbox: {:messages, []}
# CHECK-NEXT: ignore a finished task: {:ok, :already_done}
# CHECK-NEXT: mfa: {Work, :double, 1}
# CHECK-NEXT: fields: [:__struct__, :mfa, :owner, :pid, :ref]
# CHECK-NEXT: true
# CHECK-NEXT: 42
# CHECK-NEXT: mfa of a fun: {:erlang, :apply, 2}
# CHECK-NEXT: Task.start ran
# CHECK-NEXT: Task.start_link: true
# CHECK-NEXT: $callers: true
