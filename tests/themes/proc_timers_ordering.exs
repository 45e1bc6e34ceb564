# RUN: %athanor run %s | FileCheck --match-full-lines %s
for {tag, ms} <- [c: 60, a: 20, b: 40, d: 80], do: Process.send_after(self(), {:timer, tag}, ms)
got = for _ <- 1..4, do: (receive do {:timer, t} -> t end)
IO.inspect(got)
{:ok, tref} = :timer.send_interval(25, :tick)
ticks = for _ <- 1..4, do: (receive do :tick -> :tick end)
:timer.cancel(tref)
IO.inspect(length(ticks))
Process.sleep(60)
flushed = (fn f, n -> receive do :tick -> f.(f, n + 1) after 0 -> n end end)
extra = flushed.(flushed, 0)
IO.inspect(extra <= 1)
ref = Process.send_after(self(), :later, 200)
left = Process.read_timer(ref)
IO.inspect(is_integer(left) and left > 100 and left <= 200)
IO.inspect(Process.cancel_timer(ref) |> is_integer())
IO.inspect(Process.cancel_timer(ref))
IO.inspect(Process.read_timer(ref))
me = self()
spawn(fn -> Process.sleep(30); send(me, :from_slow) end)
spawn(fn -> send(me, :from_fast) end)
r1 = receive do m -> m end
r2 = receive do m -> m end
IO.inspect({r1, r2})
start = System.monotonic_time(:millisecond)
receive do
  :never -> :ok
after
  50 -> :ok
end
elapsed = System.monotonic_time(:millisecond) - start
IO.inspect(elapsed >= 50 and elapsed < 500)
timeout = 0
r = receive do
  :x -> :x
after
  timeout -> :immediate
end
IO.inspect(r)
send(self(), :queued)
r3 = receive do
  :queued -> :got_queued_before_timeout
after
  0 -> :timeout_first
end
IO.inspect(r3)
{:ok, _} = :timer.apply_after(20, Kernel, :send, [self(), :applied])
receive do :applied -> IO.puts("apply_after fired") after 1000 -> IO.puts("no apply_after") end

# CHECK: [:a, :b, :c, :d]
# CHECK-NEXT: 4
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: false
# CHECK-NEXT: {:from_fast, :from_slow}
# CHECK-NEXT: true
# CHECK-NEXT: :immediate
# CHECK-NEXT: :got_queued_before_timeout
# CHECK-NEXT: apply_after fired
