# RUN: %athanor run %s | FileCheck %s
# auto_shutdown: :any_significant stops the supervisor when a significant child ends;
# Supervisor.init/2 of Elixir 1.14 does not pass :auto_shutdown on.
IO.inspect Supervisor.init([], strategy: :one_for_one, auto_shutdown: :any_significant)
defmodule S do
  use Supervisor
  def init(_), do: {:ok, {%{strategy: :one_for_one, auto_shutdown: :any_significant}, [%{id: :sig, start: {Task, :start_link, [fn -> receive do :go -> :ok end end]}, restart: :transient, significant: true}]}}
end
Process.flag(:trap_exit, true)
{:ok, sup} = Supervisor.start_link(S, [])
[{:sig, pid, _, _}] = Supervisor.which_children(sup)
send(pid, :go)
receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "sup exit")
after 500 -> IO.puts "no exit"
end
IO.inspect(Supervisor.start_link([%{id: :x, start: {Agent, :start_link, [fn -> 0 end]}, significant: true}], strategy: :one_for_one))
IO.inspect(Supervisor.start_link([%{id: :x, start: {Agent, :start_link, [fn -> 0 end]}, significant: :maybe}], strategy: :one_for_one))

# CHECK: {:ok, {%{intensity: 3, period: 5, strategy: :one_for_one}, []}}
# CHECK-NEXT: sup exit: :shutdown
# CHECK-NEXT: {:error,
# CHECK-NEXT:  {:start_spec, {:bad_combination, [auto_shutdown: :never, significant: true]}}}
# CHECK-NEXT: {:error, {:start_spec, {:invalid_significant, :maybe}}}
