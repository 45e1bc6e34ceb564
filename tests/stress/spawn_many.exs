# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Stress (small counts; also run under ASan and TSan by scripts/sanitize.sh): many short
# processes, a spawn tree, and processes that outlive their spawner.
parent = self()
n = 500
for i <- 1..n, do: spawn(fn -> send(parent, {:sq, i, i * i}) end)
sum = Enum.reduce(1..n, 0, fn _, acc -> receive do {:sq, _, v} -> acc + v end end)
IO.inspect(sum, label: "squares")

defmodule Tree do
  # Each node spawns `fanout` children down to depth 0 and replies with the leaf count.
  def node(reply_to, 0, _fanout), do: send(reply_to, {:leaves, 1})
  def node(reply_to, depth, fanout) do
    me = self()
    for _ <- 1..fanout, do: spawn(fn -> node(me, depth - 1, fanout) end)
    total = Enum.reduce(1..fanout, 0, fn _, acc -> receive do {:leaves, k} -> acc + k end end)
    send(reply_to, {:leaves, total})
  end
end
spawn(fn -> Tree.node(parent, 3, 6) end)
receive do
  {:leaves, k} -> IO.inspect(k, label: "leaves")
end

# Orphans: the middle process exits before its children report to the top.
spawn(fn ->
  for i <- 1..100, do: spawn(fn -> Process.sleep(rem(i, 3)); send(parent, {:orphan, i}) end)
end)
orphans = for _ <- 1..100, do: (receive do {:orphan, i} -> i end)
IO.inspect(Enum.sum(orphans), label: "orphans")

# spawn with a big captured environment, and spawn/3
data = Enum.to_list(1..2000)
map = Map.new(1..300, &{&1, Integer.to_string(&1)})
pids = for i <- 1..50, do: spawn(fn -> send(parent, {:big, i, Enum.sum(data) + map_size(map)}) end)
bigs = for _ <- pids, do: (receive do {:big, _, s} -> s end)
IO.inspect(Enum.uniq(bigs), label: "captured")
defmodule Worker do
  def run(parent, i), do: send(parent, {:mfa, i * 2})
end
for i <- 1..50, do: spawn(Worker, :run, [parent, i])
mfas = for _ <- 1..50, do: (receive do {:mfa, v} -> v end)
IO.inspect(Enum.sum(mfas), label: "spawn/3")

# CHECK: squares: 41791750
# CHECK-NEXT: leaves: 216
# CHECK-NEXT: orphans: 5050
# CHECK-NEXT: captured: [2001300]
# CHECK-NEXT: spawn/3: 2550
