# RUN: %athanor run %s | FileCheck %s
# Task.Supervisor: start_child, async (linked), async_nolink, children, terminate_child.
Logger.configure_backend(:console, device: :standard_error)
defmodule Main do
  def run do
    {:ok, sup} = Task.Supervisor.start_link(name: :tasks)
    IO.inspect(Process.whereis(:tasks) == sup)
    IO.inspect(Task.Supervisor.children(:tasks), label: "no children")
    me = self()
    {:ok, pid} = Task.Supervisor.start_child(:tasks, fn ->
      send(me, :child_started)
      receive do
        :finish -> :ok
      end
    end)
    receive do
      :child_started -> :ok
    end
    IO.inspect(Task.Supervisor.children(:tasks) == [pid], label: "one child")
    IO.inspect(DynamicSupervisor.count_children(:tasks))
    IO.inspect(Supervisor.which_children(:tasks) |> Enum.map(fn {id, p, type, mods} -> {id, p == pid, type, mods} end))
    IO.inspect(Task.Supervisor.terminate_child(:tasks, pid), label: "terminate_child")
    IO.inspect(Task.Supervisor.terminate_child(:tasks, pid), label: "terminate_child again")
    t = Task.Supervisor.async(:tasks, fn -> :linked_result end)
    IO.inspect(Task.await(t))
    t = Task.Supervisor.async(:tasks, Enum, :sum, [[1, 2, 3]])
    IO.inspect({t.mfa, Task.await(t)})
    t = Task.Supervisor.async_nolink(:tasks, fn -> exit(:nolink_exit) end)
    IO.inspect(Task.yield(t), label: "async_nolink exit")
    t = Task.Supervisor.async_nolink(:tasks, fn -> Process.sleep(5000) end)
    IO.inspect(Task.yield(t, 20) || Task.shutdown(t), label: "yield || shutdown")
    t = Task.Supervisor.async_nolink(:tasks, fn -> raise "nolink raise" end)
    r = try do
      Task.await(t)
    catch
      :exit, {{%RuntimeError{message: m}, _}, {Task, :await, [^t, 5000]}} -> m
    end
    IO.inspect(r, label: "await of a crashed nolink task")
    Process.sleep(20)
    IO.inspect(Task.Supervisor.children(:tasks), label: "children at the end")
    IO.inspect(Process.alive?(sup), label: "supervisor alive")
    IO.inspect(Task.Supervisor.async_stream_nolink(:tasks, [1, 2, 0], fn x -> div(10, x) end) |> Enum.map(fn {k, _} -> k end))
    IO.inspect(Task.Supervisor.async_stream(:tasks, [1, 2], fn x -> x * 3 end) |> Enum.to_list())
  end
end

Main.run()

# CHECK: true
# CHECK-NEXT: no children: []
# CHECK-NEXT: one child: true
# CHECK-NEXT: %{active: 1, specs: 1, supervisors: 0, workers: 1}
# CHECK-NEXT: [{:undefined, true, :worker, [Task.Supervised]}]
# CHECK-NEXT: terminate_child: :ok
# CHECK-NEXT: terminate_child again: {:error, :not_found}
# CHECK-NEXT: :linked_result
# CHECK-NEXT: {{\{\{}}Enum, :sum, 1}, 6}
# CHECK-NEXT: async_nolink exit: {:exit, :nolink_exit}
# CHECK-NEXT: yield || shutdown: nil
# CHECK-NEXT: await of a crashed nolink task: "nolink raise"
# CHECK-NEXT: children at the end: []
# CHECK-NEXT: supervisor alive: true
# CHECK-NEXT: [:ok, :ok, :exit]
# CHECK-NEXT: [ok: 3, ok: 6]
