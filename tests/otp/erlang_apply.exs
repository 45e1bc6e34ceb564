# RUN: %athanor run %s | FileCheck %s
# :erlang.apply/2,3, directly, through apply/3, as a capture, in spawn/3 and in the
# {:erlang, :apply, [fun, []]} start MFA of a child spec.
IO.inspect(:erlang.apply(fn x -> x * 2 end, [21]))
IO.inspect(:erlang.apply(Enum, :sum, [[1, 2, 3]]))
IO.inspect(apply(:erlang, :apply, [fn -> :via_apply3 end, []]))
f = &:erlang.apply/2
IO.inspect(f.(fn a, b -> a + b end, [1, 2]))
parent = self()
spawn(:erlang, :apply, [fn -> send(parent, :spawned) end, []])
receive do
  :spawned -> IO.puts("spawned through :erlang.apply")
end
{:ok, sup} = Supervisor.start_link([], strategy: :one_for_one)
IO.inspect(Supervisor.start_child(sup, %{id: :ign, start: {:erlang, :apply, [fn -> :ignore end, []]}}))
{:ok, pid} = Supervisor.start_child(sup, %{id: :ag, start: {:erlang, :apply, [&Agent.start_link/1, [fn -> 7 end]]}})
IO.inspect(Agent.get(pid, & &1))

# CHECK: 42
# CHECK-NEXT: 6
# CHECK-NEXT: :via_apply3
# CHECK-NEXT: 3
# CHECK-NEXT: spawned through :erlang.apply
# CHECK-NEXT: {:ok, :undefined}
# CHECK-NEXT: 7
