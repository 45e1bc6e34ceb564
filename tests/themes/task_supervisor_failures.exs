# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: FileCheck --match-full-lines --input-file %t.out %s
Logger.configure_backend(:console, device: :standard_error)
{:ok, ts} = Task.Supervisor.start_link(name: MyApp.TaskSupervisor)
ok = Task.Supervisor.async_nolink(MyApp.TaskSupervisor, fn -> {:computed, 6 * 7} end)
IO.inspect(Task.await(ok))
bad = Task.Supervisor.async_nolink(MyApp.TaskSupervisor, fn -> raise "task failed" end)
case Task.yield(bad, 1000) do
  {:exit, {%RuntimeError{message: m}, _}} -> IO.puts("task exited: #{m}")
  other -> IO.inspect(other)
end
bad2 = Task.Supervisor.async_nolink(ts, fn -> exit(:custom) end)
IO.inspect(Task.yield(bad2, 1000))
slow = Task.Supervisor.async_nolink(ts, fn -> Process.sleep(2000) end)
IO.inspect(Task.yield(slow, 50))
IO.inspect(Task.shutdown(slow, :brutal_kill))
IO.inspect(Task.Supervisor.children(ts) |> length())
{:ok, pid} = Task.Supervisor.start_child(ts, fn -> Process.sleep(100) end)
IO.inspect(is_pid(pid))
IO.inspect(Task.Supervisor.children(ts) |> length())
results =
  Task.Supervisor.async_stream_nolink(ts, [1, 2, 0, 4], fn x -> div(12, x) end)
  |> Enum.map(fn
    {:ok, v} -> v
    {:exit, {reason, _}} -> {:failed, reason}
  end)
IO.inspect(results)
t = Task.async(fn -> :ok end)
IO.inspect(Task.await(t))
IO.inspect(Task.yield(t, 10))
timed =
  Task.async_stream([10, 500, 20], fn ms -> Process.sleep(ms); ms end, timeout: 200, on_timeout: :kill_task)
  |> Enum.to_list()
IO.inspect(timed)
IO.inspect(Task.async_stream(1..5, &(&1 * 2), max_concurrency: 2) |> Enum.map(fn {:ok, v} -> v end))
try do
  Task.async(fn -> raise ArgumentError, "linked failure" end) |> Task.await()
catch
  :exit, reason -> IO.inspect(reason, label: "never: linked crash kills us first")
end

# CHECK: {:computed, 42}
# CHECK-NEXT: task exited: task failed
# CHECK-NEXT: {:exit, :custom}
# CHECK-NEXT: nil
# CHECK-NEXT: nil
# CHECK-NEXT: 0
# CHECK-NEXT: true
# CHECK-NEXT: 1
# CHECK-NEXT: [12, 6, {:failed, :badarith}, 3]
# CHECK-NEXT: :ok
# CHECK-NEXT: nil
# CHECK-NEXT: [ok: 10, exit: :timeout, ok: 20]
# CHECK-NEXT: [2, 4, 6, 8, 10]
