# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Stress (small counts; also run under ASan and TSan by scripts/sanitize.sh): receive
# timeouts in many processes at once, send_after and cancel_timer, tasks and a GenServer
# called concurrently.
parent = self()
for i <- 1..100 do
  spawn(fn ->
    r = receive do
      :never -> :got
    after
      rem(i, 7) -> :timeout
    end
    send(parent, {:timer, r})
  end)
end
ts = for _ <- 1..100, do: (receive do {:timer, r} -> r end)
IO.inspect(Enum.frequencies(ts), label: "receive after")

# the odd-numbered timers are far in the future and cancelled; the others fire soon
refs = for i <- 1..100, do: Process.send_after(self(), {:tick, i}, if(rem(i, 2) == 1, do: 60_000, else: rem(i, 5)))
cancelled = refs |> Enum.take_every(2) |> Enum.count(&is_integer(Process.cancel_timer(&1)))
ticks = Enum.count(1..50, fn _ -> receive do {:tick, _} -> true after 1000 -> false end end)
extra = receive do {:tick, _} -> :extra after 50 -> :none end
IO.inspect({cancelled, ticks, extra}, label: "send_after")

results = 1..200 |> Task.async_stream(fn i -> i * i end, max_concurrency: 8) |> Enum.map(fn {:ok, v} -> v end)
IO.inspect(Enum.sum(results), label: "async_stream")

defmodule Counter do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:inc, _from, n), do: {:reply, n + 1, n + 1}
  def handle_cast({:add, k}, n), do: {:noreply, n + k}
end
{:ok, c} = GenServer.start_link(Counter, 0)
tasks = for _ <- 1..20, do: Task.async(fn -> for _ <- 1..25, do: GenServer.call(c, :inc) end)
Task.await_many(tasks, 10_000)
for _ <- 1..100, do: GenServer.cast(c, {:add, 2})
IO.inspect(GenServer.call(c, :inc), label: "counter")

# CHECK: receive after: %{timeout: 100}
# CHECK-NEXT: send_after: {50, 50, :none}
# CHECK-NEXT: async_stream: 2686700
# CHECK-NEXT: counter: 701
