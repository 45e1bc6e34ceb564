# RUN: %athanor run %s | FileCheck %s
# :timer.apply_after/4 can be cancelled before it fires; apply_interval/4 and
# send_interval/2,3 repeat until :timer.cancel/1 (at fixed deadlines, without drift).
parent = self()
{:ok, t} = :timer.apply_after(30, Kernel, :send, [parent, :applied_late])
IO.inspect(:timer.cancel(t))
receive do
  :applied_late -> IO.puts("cancelled apply_after still ran")
after
  80 -> IO.puts("apply_after cancelled")
end

{:ok, _} = :timer.apply_after(5, Kernel, :send, [parent, :applied])
receive do
  :applied -> IO.puts("apply_after ran")
end

{:ok, t} = :timer.apply_interval(10, Kernel, :send, [parent, :beat])
for i <- 1..3 do
  receive do
    :beat -> IO.puts("beat #{i}")
  end
end
{:ok, :cancel} = :timer.cancel(t)
receive do
  :beat -> :ok
after
  0 -> :ok
end
receive do
  :beat -> IO.puts("beat after cancel")
after
  60 -> IO.puts("interval cancelled")
end

{:ok, t} = :timer.send_interval(10, :tick)
for i <- 1..3 do
  receive do
    :tick -> IO.puts("tick #{i}")
  end
end
:timer.cancel(t)

{:ok, t} = :timer.exit_after(20, spawn(fn -> Process.sleep(:infinity) end), :kill)
IO.inspect(:timer.cancel(t))

# CHECK: {:ok, :cancel}
# CHECK-NEXT: apply_after cancelled
# CHECK-NEXT: apply_after ran
# CHECK-NEXT: beat 1
# CHECK-NEXT: beat 2
# CHECK-NEXT: beat 3
# CHECK-NEXT: interval cancelled
# CHECK-NEXT: tick 1
# CHECK-NEXT: tick 2
# CHECK-NEXT: tick 3
# CHECK-NEXT: {:ok, :cancel}
