# RUN: %athanor run %s | FileCheck --match-full-lines %s
# The :timer module: sleep, tc, unit helpers, send_after, send_interval and cancel.
IO.inspect :timer.seconds(2); IO.inspect :timer.minutes(1); IO.inspect :timer.hours(1); IO.inspect :timer.hms(1, 1, 1)
{t, v} = :timer.tc(fn -> :x end); IO.inspect {is_integer(t), v}
{_, v} = :timer.tc(fn a -> a end, [5]); IO.inspect v
{_, v} = :timer.tc(Enum, :count, [[1]]); IO.inspect v
IO.inspect :timer.sleep(1)
{:ok, r} = :timer.send_after(10, :hi); receive do :hi -> IO.puts "hi" end
IO.inspect :timer.cancel(r)
{:ok, iv} = :timer.send_interval(5, :tick)
for _ <- 1..3, do: (receive do :tick -> IO.puts("tick") end)
IO.inspect :timer.cancel(iv)
# CHECK: 2000
# CHECK-NEXT: 60000
# CHECK-NEXT: 3600000
# CHECK-NEXT: 3661000
# CHECK-NEXT: {true, :x}
# CHECK-NEXT: 5
# CHECK-NEXT: 1
# CHECK-NEXT: :ok
# CHECK-NEXT: hi
# CHECK-NEXT: {:ok, :cancel}
# CHECK-NEXT: tick
# CHECK-NEXT: tick
# CHECK-NEXT: tick
# CHECK-NEXT: {:ok, :cancel}
