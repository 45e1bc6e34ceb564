# RUN: %athanor run %s | FileCheck %s
# {Task.Supervisor, name: ...} as a supervisor child; a crash in an async_nolink task
# leaves the caller and the Task.Supervisor running; Task as a supervisor child.
Logger.configure_backend(:console, device: :standard_error)
defmodule Main do
  def run do
    me = self()
    children = [
      {Task.Supervisor, name: App.Tasks},
      Supervisor.child_spec({Task, fn -> send(me, :task_child_ran) end}, id: :one_shot)
    ]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
    receive do
      :task_child_ran -> IO.puts("Task child ran")
    end
    Process.sleep(20)
    IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, _, type, mods} -> {id, type, mods} end))
    results =
      for n <- [2, 0, 5] do
        task = Task.Supervisor.async_nolink(App.Tasks, fn -> 100 / n end)
        case Task.yield(task, 1000) || Task.shutdown(task) do
          {:ok, v} -> {:ok, v}
          {:exit, {%ArithmeticError{}, _}} -> :arith_error
          {:exit, {:badarith, _}} -> :badarith
          nil -> :timeout
        end
      end
    IO.inspect(results)
    IO.inspect(Process.alive?(Process.whereis(App.Tasks)))
    IO.inspect(Supervisor.count_children(sup))
  end
end

Main.run()

# CHECK: Task child ran
# CHECK-NEXT: [{App.Tasks, :supervisor, [Task.Supervisor]}]
# CHECK-NEXT: [{:ok, 50.0}, :badarith, {:ok, 20.0}]
# CHECK-NEXT: true
# CHECK-NEXT: %{active: 1, specs: 1, supervisors: 1, workers: 0}
