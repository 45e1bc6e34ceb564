# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Fetch do
  def fetch(id) when id > 0 do
    Process.sleep(5 * rem(id, 4))
    {:ok, %{id: id, title: "Item #{id}", price: id * 1.25}}
  end
  def fetch(id), do: {:error, {:bad_id, id}}
end
ids = [3, 1, -2, 4, 2, 0]
results = ids |> Enum.map(fn id -> Task.async(fn -> Fetch.fetch(id) end) end) |> Task.await_many(2000)
IO.inspect(results)
{oks, errs} = Enum.split_with(results, &match?({:ok, _}, &1))
IO.puts("#{length(oks)} ok, #{length(errs)} errors")
total = oks |> Enum.map(fn {:ok, item} -> item.price end) |> Enum.sum()
IO.puts("total price: #{total}")
IO.inspect(Enum.map(errs, fn {:error, {:bad_id, id}} -> id end))
stream = Task.async_stream(ids, &Fetch.fetch/1, max_concurrency: 2, ordered: true)
IO.inspect(Enum.map(stream, fn {:ok, {status, _}} -> status end))
slow_tasks = for ms <- [10, 300, 20] do
  Task.async(fn -> Process.sleep(ms); ms end)
end
yields = Task.yield_many(slow_tasks, 150)
IO.inspect(Enum.map(yields, fn {_task, res} -> res end))
for {task, nil} <- yields, do: Task.shutdown(task, :brutal_kill)
nested = Task.async(fn ->
  inner = for i <- 1..3, do: Task.async(fn -> i * 100 end)
  Task.await_many(inner) |> Enum.sum()
end)
IO.inspect(Task.await(nested))
t = Task.async(fn -> self() end)
pid = Task.await(t)
IO.inspect(pid == t.pid)
IO.inspect(Process.alive?(pid))
counter = :counters_unavailable
IO.inspect(counter)
word_counts =
  ["the cat", "the dog sat", "a cat sat down"]
  |> Enum.map(&Task.async(fn -> &1 |> String.split() |> Enum.frequencies() end))
  |> Enum.map(&Task.await/1)
  |> Enum.reduce(%{}, &Map.merge(&2, &1, fn _k, a, b -> a + b end))
IO.inspect(word_counts)

# CHECK: [
# CHECK-NEXT:   ok: %{id: 3, price: 3.75, title: "Item 3"},
# CHECK-NEXT:   ok: %{id: 1, price: 1.25, title: "Item 1"},
# CHECK-NEXT:   error: {:bad_id, -2},
# CHECK-NEXT:   ok: %{id: 4, price: 5.0, title: "Item 4"},
# CHECK-NEXT:   ok: %{id: 2, price: 2.5, title: "Item 2"},
# CHECK-NEXT:   error: {:bad_id, 0}
# CHECK-NEXT: ]
# CHECK-NEXT: 4 ok, 2 errors
# CHECK-NEXT: total price: 12.5
# CHECK-NEXT: [-2, 0]
# CHECK-NEXT: [:ok, :ok, :error, :ok, :ok, :error]
# CHECK-NEXT: [{:ok, 10}, nil, {:ok, 20}]
# CHECK-NEXT: 600
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: :counters_unavailable
# CHECK-NEXT: %{"a" => 1, "cat" => 2, "dog" => 1, "down" => 1, "sat" => 2, "the" => 2}
