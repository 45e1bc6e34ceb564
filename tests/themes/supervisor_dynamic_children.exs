# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
defmodule Session do
  use GenServer, restart: :transient
  def start_link(user), do: GenServer.start_link(__MODULE__, user, name: String.to_atom("session_" <> user))
  def init(user), do: {:ok, %{user: user, msgs: []}}
  def say(user, msg), do: GenServer.call(String.to_atom("session_" <> user), {:say, msg})
  def handle_call({:say, "crash"}, _, _s), do: raise("session crashed")
  def handle_call({:say, "quit"}, _, s), do: {:stop, :normal, :bye, s}
  def handle_call({:say, m}, _, s), do: {:reply, length(s.msgs) + 1, %{s | msgs: [m | s.msgs]}}
end
{:ok, ds} = DynamicSupervisor.start_link(strategy: :one_for_one, name: Sessions)
for u <- ["ann", "bob", "cy"], do: {:ok, _} = DynamicSupervisor.start_child(Sessions, {Session, u})
IO.inspect(DynamicSupervisor.count_children(Sessions))
IO.inspect(Session.say("ann", "hi"))
IO.inspect(Session.say("ann", "again"))
IO.inspect(Session.say("bob", "hello"))
r = try do Session.say("bob", "crash") catch :exit, _ -> :crashed end
IO.inspect(r)
Process.sleep(50)
IO.inspect(Session.say("bob", "after restart"), label: "bob restarted (transient, abnormal exit)")
IO.inspect(Session.say("cy", "quit"))
Process.sleep(50)
IO.inspect(Process.whereis(:session_cy), label: "cy not restarted after normal exit")
IO.inspect(DynamicSupervisor.count_children(Sessions))
[{_, pid, _, _} | _] = DynamicSupervisor.which_children(Sessions)
IO.inspect(DynamicSupervisor.terminate_child(Sessions, pid))
IO.inspect(DynamicSupervisor.count_children(Sessions).active)
IO.inspect(DynamicSupervisor.terminate_child(Sessions, pid))
IO.inspect(Session.child_spec("z"))
{:ok, _} = DynamicSupervisor.start_child(ds, %{id: :tmp, start: {Agent, :start_link, [fn -> 42 end]}, restart: :temporary})
IO.inspect(DynamicSupervisor.count_children(ds))

# CHECK: %{active: 3, specs: 3, supervisors: 0, workers: 3}
# CHECK-NEXT: 1
# CHECK-NEXT: 2
# CHECK-NEXT: 1
# CHECK-NEXT: :crashed
# CHECK-NEXT: bob restarted (transient, abnormal exit): 1
# CHECK-NEXT: :bye
# CHECK-NEXT: cy not restarted after normal exit: nil
# CHECK-NEXT: %{active: 2, specs: 2, supervisors: 0, workers: 2}
# CHECK-NEXT: :ok
# CHECK-NEXT: 1
# CHECK-NEXT: {:error, :not_found}
# CHECK-NEXT: %{id: Session, restart: :transient, start: {Session, :start_link, ["z"]}}
# CHECK-NEXT: %{active: 2, specs: 2, supervisors: 0, workers: 2}
