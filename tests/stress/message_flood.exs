# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Stress (small counts; also run under ASan and TSan by scripts/sanitize.sh): several
# producers flooding one consumer, per-sender FIFO order, selective receive from a long
# mailbox, large messages, and request/reply ping-pong.
parent = self()
producers = 8
per = 400
consumer = spawn(fn ->
  loop = fn loop, counts, last, ok ->
    if Enum.sum(Map.values(counts)) == producers * per do
      send(parent, {:done, counts, ok})
    else
      receive do
        {:msg, p, i} ->
          in_order = ok and Map.get(last, p, 0) == i - 1
          loop.(loop, Map.update(counts, p, 1, &(&1 + 1)), Map.put(last, p, i), in_order)
      end
    end
  end
  loop.(loop, %{}, %{}, true)
end)
for p <- 1..producers, do: spawn(fn -> for i <- 1..per, do: send(consumer, {:msg, p, i}) end)
receive do
  {:done, counts, ok} ->
    IO.inspect(map_size(counts), label: "producers")
    IO.inspect(Enum.uniq(Map.values(counts)), label: "per producer")
    IO.inspect(ok, label: "fifo")
end

# selective receive: take the messages back in reverse order
for i <- 1..500, do: send(self(), {:item, i})
rev = for i <- 500..1//-1, do: (receive do {:item, ^i} -> i end)
IO.inspect(Enum.take(rev, 3), label: "reverse")

# large messages copied between heaps, several at once
echo = spawn(fn ->
  loop = fn loop ->
    receive do
      {:echo, from, term} -> send(from, {:back, term}); loop.(loop)
      :stop -> :ok
    end
  end
  loop.(loop)
end)
big = %{list: Enum.to_list(1..5000), bin: String.duplicate("ab", 4000),
        nested: Enum.map(1..200, &{&1, [&1, %{k: &1}]})}
for _ <- 1..20, do: send(echo, {:echo, self(), big})
backs = for _ <- 1..20, do: (receive do {:back, t} -> t == big end)
IO.inspect(Enum.all?(backs), label: "large")
send(echo, :stop)

# ping-pong pairs
pairs = for k <- 1..10 do
  spawn(fn ->
    pong = spawn(fn ->
      loop = fn loop -> receive do {:ping, from, n} -> send(from, {:pong, n}); loop.(loop) end end
      loop.(loop)
    end)
    total = Enum.reduce(1..200, 0, fn n, acc -> send(pong, {:ping, self(), n}); receive do {:pong, ^n} -> acc + n end end)
    Process.exit(pong, :kill)
    send(parent, {:pair, k, total})
  end)
end
totals = for _ <- pairs, do: (receive do {:pair, _, t} -> t end)
IO.inspect(Enum.uniq(totals), label: "ping-pong")

# CHECK: producers: 8
# CHECK-NEXT: per producer: [400]
# CHECK-NEXT: fifo: true
# CHECK-NEXT: reverse: [500, 499, 498]
# CHECK-NEXT: large: true
# CHECK-NEXT: ping-pong: [20100]
