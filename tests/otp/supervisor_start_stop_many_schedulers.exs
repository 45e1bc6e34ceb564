# RUN: env ATHANOR_SCHEDULERS=4 %athanor run %s | FileCheck --match-full-lines %s
# Starting and stopping a supervisor with two GenServer children many times, with more
# schedulers than cores, so processes migrate between scheduler stacks at every turn.
# Regression: generated code kept a stack address (an argument array) in a register
# across a suspension point; after the process resumed on another scheduler's stack the
# runtime read another process's frames (children recorded with one pid, corrupt terms).
defmodule W do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, 0)
  @impl true
  def init(n), do: {:ok, n}
end

defmodule Main do
  def loop(0, bad), do: bad

  def loop(i, bad) do
    children = [%{id: :a, start: {W, :start_link, [nil]}}, %{id: :b, start: {W, :start_link, [nil]}}]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
    [{:b, b, :worker, _}, {:a, a, :worker, _}] = Supervisor.which_children(sup)
    bad = if a != b, do: bad, else: bad + 1
    :ok = Supervisor.stop(sup)
    loop(i - 1, bad)
  end
end

IO.puts("equal child pids: #{Main.loop(1500, 0)}")
# CHECK: equal child pids: 0
