# RUN: %athanor run %s | FileCheck %s
# Task.yield_many returns {task, result} for every task in order, nil for the slow ones.
Logger.configure_backend(:console, device: :standard_error)
defmodule Main do
  def run do
    Process.flag(:trap_exit, true)
    tasks = [
      Task.async(fn -> :quick end),
      Task.async(fn -> Process.sleep(500); :slow end),
      Task.async(fn -> exit(:failed) end),
      Task.async(fn -> Process.sleep(20); :medium end)
    ]
    results = Task.yield_many(tasks, 200)
    IO.inspect(Enum.map(results, fn {task, res} -> {Enum.find_index(tasks, &(&1 == task)), res} end))
    slow = Enum.at(tasks, 1)
    IO.inspect(Task.shutdown(slow, :brutal_kill), label: "shutdown the slow one")
    IO.inspect(Task.yield_many([], 10))
  end
end

Main.run()

# CHECK: [{0, {:ok, :quick}}, {1, nil}, {2, {:exit, :failed}}, {3, {:ok, :medium}}]
# CHECK-NEXT: shutdown the slow one: nil
# CHECK-NEXT: []
