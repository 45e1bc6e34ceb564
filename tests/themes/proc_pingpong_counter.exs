# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule PingPong do
  def loop(count) do
    receive do
      {:ping, from, n} ->
        send(from, {:pong, n + 1})
        loop(count + 1)
      {:count, from} ->
        send(from, {:count, count})
        loop(count)
      :stop ->
        :stopped
    end
  end
end

pid = spawn(fn -> PingPong.loop(0) end)
for i <- 1..5 do
  send(pid, {:ping, self(), i * 10})
  receive do
    {:pong, v} -> IO.puts("pong #{v}")
  end
end
send(pid, {:count, self()})
receive do
  {:count, c} -> IO.puts("server handled #{c} pings")
end
IO.inspect(Process.alive?(pid))
send(pid, :stop)
Process.sleep(50)
IO.inspect(Process.alive?(pid))

# messages from one sender arrive in order
parent = self()
spawn(fn -> for i <- 1..10, do: send(parent, {:seq, i}) end)
seq = for _ <- 1..10 do
  receive do
    {:seq, i} -> i
  end
end
IO.inspect(seq)

# selective receive skips non-matching messages, they stay in the mailbox
send(self(), {:b, 2})
send(self(), {:a, 1})
send(self(), {:c, 3})
receive do
  {:a, v} -> IO.puts("got a #{v}")
end
IO.inspect(Process.info(self(), :message_queue_len))
rest = for _ <- 1..2, do: (receive do m -> m end)
IO.inspect(rest)

# after 0 polls
r = receive do
  :nothing -> :got
after
  0 -> :empty
end
IO.inspect(r)

# guards in receive
send(self(), {:num, 5})
send(self(), {:num, -5})
for _ <- 1..2 do
  receive do
    {:num, n} when n > 0 -> IO.puts("positive #{n}")
    {:num, n} when n < 0 -> IO.puts("negative #{n}")
  end
end

# fan-out/fan-in with ordered collection
pids = for i <- 1..6 do
  spawn(fn -> send(parent, {:result, i, i * i * i}) end)
end
IO.inspect(length(pids))
results = for i <- 1..6 do
  receive do
    {:result, ^i, v} -> v
  end
end
IO.inspect(results)
IO.inspect(is_pid(self()))
IO.inspect(self() == self())

# CHECK: pong 11
# CHECK-NEXT: pong 21
# CHECK-NEXT: pong 31
# CHECK-NEXT: pong 41
# CHECK-NEXT: pong 51
# CHECK-NEXT: server handled 5 pings
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
# CHECK-NEXT: got a 1
# CHECK-NEXT: {:message_queue_len, 2}
# CHECK-NEXT: [b: 2, c: 3]
# CHECK-NEXT: :empty
# CHECK-NEXT: positive 5
# CHECK-NEXT: negative -5
# CHECK-NEXT: 6
# CHECK-NEXT: [1, 8, 27, 64, 125, 216]
# CHECK-NEXT: true
# CHECK-NEXT: true
