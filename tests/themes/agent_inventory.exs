# RUN: %athanor run %s | FileCheck --match-full-lines %s
{:ok, inv} = Agent.start_link(fn -> %{} end)
Agent.update(inv, &Map.put(&1, :apples, 10))
Agent.update(inv, &Map.put(&1, :pears, 4))
IO.inspect(Agent.get(inv, & &1))
IO.inspect(Agent.get(inv, &Map.get(&1, :apples)))
IO.inspect(Agent.get_and_update(inv, fn s -> {s[:pears], Map.update!(s, :pears, &(&1 - 1))} end))
IO.inspect(Agent.get(inv, &Map.keys/1))
Agent.cast(inv, fn s -> Map.delete(s, :apples) end)
IO.inspect(Agent.get(inv, & &1))

{:ok, _} = Agent.start_link(fn -> [] end, name: :stack)
Enum.each(1..5, fn i -> Agent.update(:stack, &[i | &1]) end)
IO.inspect(Agent.get(:stack, & &1))
IO.inspect(Agent.get_and_update(:stack, fn [h | t] -> {h, t} end))
IO.inspect(Agent.get(:stack, &length/1))

{:ok, counter} = Agent.start(fn -> 0 end)
parent = self()
for _ <- 1..10 do
  spawn(fn ->
    for _ <- 1..100, do: Agent.update(counter, &(&1 + 1))
    send(parent, :done)
  end)
end
for _ <- 1..10, do: (receive do :done -> :ok end)
IO.inspect(Agent.get(counter, & &1))
IO.inspect(Agent.stop(counter))
IO.inspect(Process.alive?(counter))
{:ok, a2} = Agent.start_link(fn -> :init end)
IO.inspect(Agent.get(a2, fn s -> {s, :extra} end, 1000))
IO.inspect(Agent.update(a2, fn _ -> :changed end))
IO.inspect(Agent.get(a2, & &1))

# CHECK: %{apples: 10, pears: 4}
# CHECK-NEXT: 10
# CHECK-NEXT: 4
# CHECK-NEXT: [:apples, :pears]
# CHECK-NEXT: %{pears: 3}
# CHECK-NEXT: [5, 4, 3, 2, 1]
# CHECK-NEXT: 5
# CHECK-NEXT: 4
# CHECK-NEXT: 1000
# CHECK-NEXT: :ok
# CHECK-NEXT: false
# CHECK-NEXT: {:init, :extra}
# CHECK-NEXT: :ok
# CHECK-NEXT: :changed
