# RUN: %athanor run %s | FileCheck --match-full-lines %s
work = fn ms, v -> fn -> Process.sleep(ms); v end end
t1 = Task.async(work.(10, :quick))
t2 = Task.async(work.(200, :slow))
IO.inspect(Task.yield(t1, 500))
IO.inspect(Task.yield(t2, 20))
IO.inspect(Task.yield(t2, 20))
IO.inspect(Task.yield(t2, 500))
IO.inspect(Task.yield(t2, 0))
t3 = Task.async(work.(300, :abandoned))
IO.inspect(Task.shutdown(t3))
IO.inspect(Task.yield(t3, 10))
t4 = Task.async(work.(10, :finished_before_shutdown))
Process.sleep(50)
IO.inspect(Task.shutdown(t4))
tasks = for {ms, v} <- [{10, :a}, {400, :b}, {20, :c}, {500, :d}], do: Task.async(work.(ms, v))
res = Task.yield_many(tasks, 100)
IO.inspect(Enum.map(res, fn {_, r} -> r end))
left = for {t, nil} <- res, do: t
IO.inspect(length(left))
Enum.each(left, &Task.shutdown(&1, :brutal_kill))
r = try do
  Task.await(Task.async(work.(200, :x)), 30)
catch
  :exit, {:timeout, {Task, :await, [_, 30]}} -> :await_timed_out
end
IO.inspect(r)
Process.sleep(250)
IO.inspect(Process.info(self(), :message_queue_len))
all = Task.await_many(for(i <- 1..10, do: Task.async(work.(10 * rem(i, 3), i))), 2000)
IO.inspect(all)
r2 = try do
  Task.await_many([Task.async(work.(10, :ok)), Task.async(work.(500, :late))], 100)
catch
  :exit, {:timeout, {Task, :await_many, _}} -> :await_many_timed_out
end
IO.inspect(r2)
IO.inspect(Task.completed(:done) |> Task.await())

# CHECK: {:ok, :quick}
# CHECK-NEXT: nil
# CHECK-NEXT: nil
# CHECK-NEXT: {:ok, :slow}
# CHECK-NEXT: nil
# CHECK-NEXT: nil
# CHECK-NEXT: nil
# CHECK-NEXT: {:ok, :finished_before_shutdown}
# CHECK-NEXT: [{:ok, :a}, nil, {:ok, :c}, nil]
# CHECK-NEXT: 2
# CHECK-NEXT: :await_timed_out
# CHECK-NEXT: {:message_queue_len, 0}
# CHECK-NEXT: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
# CHECK-NEXT: :await_many_timed_out
# CHECK-NEXT: :done
