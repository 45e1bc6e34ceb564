# RUN: %athanor run %s | FileCheck %s
# After tasks are awaited (or time out) and linked processes exit normally, nothing is
# left in the owner's mailbox and message_queue_len agrees.
defmodule Main do
  def run do
    tasks = for i <- 1..50, do: Task.async(fn -> i * i end)
    IO.inspect(Enum.sum(Task.await_many(tasks)))
    for i <- 1..20, do: Task.await(Task.async(fn -> i end))
    for _ <- 1..5, do: spawn_link(fn -> :ok end)
    t = Task.async(fn -> Process.sleep(100) end)
    catch_exit = try do
      Task.await(t, 10)
    catch
      :exit, {:timeout, _} -> :timeout
    end
    IO.inspect(catch_exit)
    {:ok, agent} = Agent.start_link(fn -> 0 end)
    for _ <- 1..10, do: Agent.update(agent, &(&1 + 1))
    Process.sleep(200)
    IO.inspect(Process.info(self(), :message_queue_len))
    IO.inspect(Process.info(self(), :messages))
  end
end

Main.run()

# CHECK: 42925
# CHECK-NEXT: :timeout
# CHECK-NEXT: {:message_queue_len, 0}
# CHECK-NEXT: {:messages, []}
