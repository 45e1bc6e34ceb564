# RUN: not %athanor run %s > %t.out
# RUN: FileCheck --input-file %t.out %s
# An async task is linked to its owner: its crash takes a non-trapping owner down.
Logger.configure_backend(:console, device: :standard_error)
defmodule Main do
  def run do
    me = self()
    owner =
      spawn(fn ->
        Task.async(fn -> raise ArgumentError, "boom in task" end)
        Process.sleep(1000)
        send(me, :owner_survived)
      end)
    ref = Process.monitor(owner)
    receive do
      {:DOWN, ^ref, :process, ^owner, {%ArgumentError{message: m}, _}} ->
        IO.puts("owner died with the task's error: #{m}")
      :owner_survived ->
        IO.puts("owner survived")
    end
  end
end

Main.run()
IO.puts("now the main process")
Task.async(fn -> exit(:task_exit) end)
Process.sleep(500)
IO.puts("not reached")

# CHECK: owner died with the task's error: boom in task
# CHECK-NEXT: now the main process
