# RUN: env ATHANOR_SCHEDULERS=4 %athanor run %s | FileCheck %s
# Regression: a process that waits inside a loop and resumes on another scheduler (the
# frames are copied back at another address, on that scheduler's stack) must not use a
# stack address computed before the wait. The compiler once passed map keys/values to the
# runtime through a stack array whose address LLVM hoisted out of a self tail call loop
# into a callee-saved register: after a migration the runtime read the array from the
# other scheduler's stack, so a Supervisor recorded one pid for both of its children or
# failed with {:badkey, {}}. More schedulers than cores make migrations (stealing) common.
defmodule W do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, 0)
  @impl true
  def init(n), do: {:ok, n}
end

defmodule Sup do
  def loop(0, bad), do: bad

  def loop(i, bad) do
    children = [%{id: :a, start: {W, :start_link, [nil]}}, %{id: :b, start: {W, :start_link, [nil]}}]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
    [{:b, b, :worker, _}, {:a, a, :worker, _}] = Supervisor.which_children(sup)
    :ok = Supervisor.stop(sup)
    loop(i - 1, if(a == b, do: bad + 1, else: bad))
  end
end

defmodule Client do
  def ask(echo, i) do
    send(echo, {self(), i})

    receive do
      {:reply, x} -> x
    end
  end

  # A self tail call loop with a map update after a call that waits.
  def run(_echo, [], acc), do: acc

  def run(echo, [m | rest], acc) do
    v = ask(echo, m.i)
    run(echo, rest, [%{m | v: v} | acc])
  end
end

defmodule Echo do
  def loop do
    receive do
      {from, x} ->
        send(from, {:reply, x})
        loop()
    end
  end
end

IO.puts("equal child pids: #{Sup.loop(2000, 0)}")

parent = self()

for _ <- 1..8 do
  spawn(fn ->
    echo = spawn(&Echo.loop/0)
    maps = for i <- 1..2000, do: %{i: i, v: nil}
    done = Client.run(echo, maps, [])
    send(parent, {:bad, Enum.count(done, fn m -> m.v != m.i end)})
  end)
end

bad = Enum.sum(for _ <- 1..8, do: receive(do: ({:bad, b} -> b)))
IO.puts("wrong map updates: #{bad}")
# CHECK: equal child pids: 0
# CHECK-NEXT: wrong map updates: 0
