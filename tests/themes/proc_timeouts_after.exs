# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Timer1 do
  def wait_for(tag, ms) do
    receive do
      {^tag, v} -> {:ok, v}
    after
      ms -> {:timeout, tag}
    end
  end
end
parent = self()
spawn(fn -> Process.sleep(30); send(parent, {:fast, 1}) end)
spawn(fn -> Process.sleep(400); send(parent, {:slow, 2}) end)
IO.inspect(Timer1.wait_for(:fast, 1000))
IO.inspect(Timer1.wait_for(:slow, 50))
IO.inspect(Timer1.wait_for(:slow, 1000))
Process.send_after(self(), :tick, 50)
IO.inspect(Timer1.wait_for(:tick, 10))
receive do
  :tick -> IO.puts("tick arrived later")
after
  1000 -> IO.puts("no tick")
end
ref = Process.send_after(self(), :cancelled, 100)
Process.cancel_timer(ref)
receive do
  :cancelled -> IO.puts("should not arrive")
after
  200 -> IO.puts("timer cancelled")
end
t = :timer.tc(fn -> Process.sleep(20) end) |> elem(0)
IO.inspect(t >= 20_000)
IO.inspect(receive do after 10 -> :plain_after end)
flush = fn flush, acc ->
  receive do
    m -> flush.(flush, [m | acc])
  after
    0 -> Enum.reverse(acc)
  end
end
for i <- 1..3, do: send(self(), i)
IO.inspect(flush.(flush, []))

# CHECK: {:ok, 1}
# CHECK-NEXT: {:timeout, :slow}
# CHECK-NEXT: {:ok, 2}
# CHECK-NEXT: {:timeout, :tick}
# CHECK-NEXT: tick arrived later
# CHECK-NEXT: timer cancelled
# CHECK-NEXT: true
# CHECK-NEXT: :plain_after
# CHECK-NEXT: [1, 2, 3]
