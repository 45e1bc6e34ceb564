# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Todo do
  use Agent
  def start_link(_), do: Agent.start_link(fn -> %{next: 1, items: %{}} end, name: __MODULE__)
  def add(text) do
    Agent.get_and_update(__MODULE__, fn %{next: n, items: items} = s ->
      {n, %{s | next: n + 1, items: Map.put(items, n, %{text: text, done: false})}}
    end)
  end
  def done(id) do
    Agent.get_and_update(__MODULE__, fn s ->
      case Map.fetch(s.items, id) do
        {:ok, item} -> {:ok, put_in(s.items[id], %{item | done: true})}
        :error -> {{:error, :not_found}, s}
      end
    end)
  end
  def pending, do: Agent.get(__MODULE__, fn s -> for {id, %{done: false, text: t}} <- s.items, do: {id, t} end)
  def remove_done, do: Agent.update(__MODULE__, fn s -> %{s | items: Map.reject(s.items, fn {_, i} -> i.done end)} end)
  def count, do: Agent.get(__MODULE__, &map_size(&1.items))
end
{:ok, _} = Todo.start_link([])
ids = for t <- ["buy milk", "write code", "call mom", "read book"], do: Todo.add(t)
IO.inspect(ids)
IO.inspect(Todo.done(2))
IO.inspect(Todo.done(9))
IO.inspect(Todo.done(4))
IO.inspect(Todo.pending())
Todo.remove_done()
IO.inspect(Todo.count())
IO.inspect(Todo.add("new task"))
IO.inspect(Todo.pending())
{:ok, a} = Agent.start(fn -> 0 end)
tasks = for i <- 1..50, do: Task.async(fn -> Agent.update(a, &(&1 + i)) end)
Task.await_many(tasks)
IO.inspect(Agent.get(a, & &1))
IO.inspect(Agent.get(a, &(&1 * 2), 5000))
Agent.cast(a, fn _ -> :reset end)
IO.inspect(Agent.get(a, & &1))
IO.inspect(Agent.stop(a, :normal, 1000))
{:ok, b} = Agent.start_link(fn -> Enum.to_list(1..5) end)
IO.inspect(Agent.get(b, &Enum.sum/1))
IO.inspect(Agent.get_and_update(b, &Enum.split(&1, 2)))
IO.inspect(Agent.get(b, & &1))
IO.inspect(Todo.child_spec(:arg))

# CHECK: [1, 2, 3, 4]
# CHECK-NEXT: :ok
# CHECK-NEXT: {:error, :not_found}
# CHECK-NEXT: :ok
# CHECK-NEXT: [{1, "buy milk"}, {3, "call mom"}]
# CHECK-NEXT: 2
# CHECK-NEXT: 5
# CHECK-NEXT: [{1, "buy milk"}, {3, "call mom"}, {5, "new task"}]
# CHECK-NEXT: 1275
# CHECK-NEXT: 2550
# CHECK-NEXT: :reset
# CHECK-NEXT: :ok
# CHECK-NEXT: 15
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: [3, 4, 5]
# CHECK-NEXT: %{id: Todo, start: {Todo, :start_link, [:arg]}}
