# RUN: env ATHANOR_POISON_FREED_BLOCKS=1 %athanor run %s | FileCheck --match-full-lines %s
# RUN: env ATHANOR_POISON_FREED_BLOCKS=1 ATHANOR_SCHEDULERS=1 %athanor run %s | FileCheck --match-full-lines %s
# A message to a sleeping process is copied straight into its heap by the sender that
# wakes it (proc/Signals.h, sendMessage). Here the receiver sleeps in a selective receive
# waiting for :go while data messages wake it one by one, so they queue up in its heap
# (the receiver allocated first, so that its current block has room for them);
# then it allocates enough to be collected several times before taking them, and they
# must come out intact and in order (queued heap messages are roots of the collector;
# without that they read poisoned, freed blocks and the program hangs or crashes).
defmodule Sink do
  def wait_for_go do
    receive do
      :go -> :ok
    end
  end

  def churn(0, acc), do: acc
  def churn(n, acc), do: churn(n - 1, [Enum.to_list(1..20) | Enum.take(acc, 50)])

  def collect(0, acc), do: Enum.reverse(acc)

  def collect(n, acc) do
    receive do
      {:data, i, payload} -> collect(n - 1, [{i, payload} | acc])
    end
  end

  def run(parent, n) do
    # allocate first: the current heap block then has a free gap the messages can go in
    big = churn(200, [])
    send(parent, {:ready, length(big)})
    wait_for_go()
    {:messages, queued} = Process.info(self(), :messages)
    queued = length(queued)
    _ = churn(20_000, [])
    # short-lived processes reuse the heap blocks the collections freed
    for _ <- 1..50, do: spawn(fn -> churn(100, []) end)
    _ = churn(20_000, [])
    got = collect(n, [])
    send(parent, {:result, queued, got})
  end
end

me = self()
n = 200
sink = spawn(fn -> Sink.run(me, n) end)

receive do
  {:ready, _} -> :ok
end

for i <- 1..n do
  send(sink, {:data, i, %{id: i, tags: [:a, {:b, i * 2}], name: "item #{i}", f: i / 4}})
  # let the sink run, scan and fall asleep again before the next one
  if rem(i, 10) == 0, do: Process.sleep(1)
end

send(sink, :go)

receive do
  {:result, queued, got} ->
    IO.puts("queued when :go came: #{queued >= n}")
    IO.puts("received: #{length(got)}")
    IO.puts("in order: #{Enum.map(got, &elem(&1, 0)) == Enum.to_list(1..n)}")
    ok = Enum.all?(got, fn {i, p} ->
      p == %{id: i, tags: [:a, {:b, i * 2}], name: "item #{i}", f: i / 4}
    end)
    IO.puts("intact: #{ok}")
    IO.inspect(List.last(got))
end

# CHECK: queued when :go came: true
# CHECK-NEXT: received: 200
# CHECK-NEXT: in order: true
# CHECK-NEXT: intact: true
# CHECK-NEXT: {200, %{f: 50.0, id: 200, name: "item 200", tags: [:a, {:b, 400}]}}
