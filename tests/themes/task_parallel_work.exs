# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Work do
  def slow_square(x) do
    Process.sleep(10 * rem(x, 3))
    x * x
  end
end

t = Task.async(fn -> Work.slow_square(7) end)
IO.inspect(Task.await(t))

tasks = Enum.map(1..8, fn i -> Task.async(fn -> Work.slow_square(i) end) end)
IO.inspect(Task.await_many(tasks))

IO.inspect(Task.async(Work, :slow_square, [12]) |> Task.await(1000))

results =
  1..6
  |> Task.async_stream(fn i -> {i, Work.slow_square(i)} end, max_concurrency: 3)
  |> Enum.map(fn {:ok, v} -> v end)
IO.inspect(results)

slow = Task.async(fn -> Process.sleep(500); :slow_done end)
IO.inspect(Task.yield(slow, 50))
IO.inspect(Task.shutdown(slow))

fast = Task.async(fn -> :fast_done end)
Process.sleep(50)
IO.inspect(Task.yield(fast, 10))

many = for i <- 1..4, do: Task.async(fn -> Process.sleep(i * 40); i end)
IO.inspect(Task.yield_many(many, 100) |> Enum.map(fn {_t, r} -> r end))
Enum.each(many, &Task.shutdown(&1, :brutal_kill))

{:ok, pid} = Task.start(fn -> receive do {:ping, from} -> send(from, :pong) end end)
send(pid, {:ping, self()})
receive do
  :pong -> IO.puts("started task replied")
end

r = try do
  Task.async(fn -> Process.sleep(300) end) |> Task.await(50)
catch
  :exit, {:timeout, {Task, :await, _}} -> :await_timeout
end
IO.inspect(r)
IO.inspect(%{a: Task.async(fn -> 1 end) |> Task.await(), b: 2})

# CHECK: 49
# CHECK-NEXT: [1, 4, 9, 16, 25, 36, 49, 64]
# CHECK-NEXT: 144
# CHECK-NEXT: [{1, 1}, {2, 4}, {3, 9}, {4, 16}, {5, 25}, {6, 36}]
# CHECK-NEXT: nil
# CHECK-NEXT: nil
# CHECK-NEXT: {:ok, :fast_done}
# CHECK-NEXT: [{:ok, 1}, {:ok, 2}, nil, nil]
# CHECK-NEXT: started task replied
# CHECK-NEXT: :await_timeout
# CHECK-NEXT: %{a: 1, b: 2}
