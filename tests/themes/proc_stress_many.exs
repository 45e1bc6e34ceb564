# RUN: %athanor run %s | FileCheck --match-full-lines %s
parent = self()
n = 20_000
for i <- 1..n, do: spawn(fn -> send(parent, {:sq, i, i * i}) end)
sum = Enum.reduce(1..n, 0, fn _, acc -> receive do {:sq, _i, v} -> acc + v end end)
IO.inspect(sum)

# selective receive from a big mailbox, in reverse order
for i <- 1..2000, do: send(self(), {:item, i})
rev = for i <- 2000..1//-1, do: (receive do {:item, ^i} -> i end)
IO.inspect(Enum.take(rev, 5))
IO.inspect(length(rev))

# deep non-tail recursion
defmodule Deep do
  def build(0), do: []
  def build(n), do: [n | build(n - 1)]
  def count([]), do: 0
  def count([_ | t]), do: 1 + count(t)
end
l = Deep.build(1_000_000)
IO.inspect(Deep.count(l))
IO.inspect(Enum.sum(l))
big = Enum.to_list(1..2_000_000) |> Enum.map(&(&1 * 2)) |> Enum.filter(&(rem(&1, 3) == 0)) |> length()
IO.inspect(big)
bin = Enum.reduce(1..10_000, "", fn i, acc -> acc <> Integer.to_string(rem(i, 10)) end)
IO.inspect(byte_size(bin))
IO.inspect(String.slice(bin, 0, 20))
m = Enum.reduce(1..100_000, %{}, fn i, acc -> Map.put(acc, i, i) end)
IO.inspect(map_size(m))
IO.inspect(Enum.sum(Map.values(m)))
# chain of processes passing a counter
last = Enum.reduce(1..5000, self(), fn _, next -> spawn(fn -> receive do n -> send(next, n + 1) end end) end)
send(last, 0)
receive do
  n -> IO.inspect(n, label: "chain")
end
IO.inspect(Integer.pow(7, 2000) |> Integer.digits() |> length())

# CHECK: 2666866670000
# CHECK-NEXT: [2000, 1999, 1998, 1997, 1996]
# CHECK-NEXT: 2000
# CHECK-NEXT: 1000000
# CHECK-NEXT: 500000500000
# CHECK-NEXT: 666666
# CHECK-NEXT: 10000
# CHECK-NEXT: "12345678901234567890"
# CHECK-NEXT: 100000
# CHECK-NEXT: 5000050000
# CHECK-NEXT: chain: 5000
# CHECK-NEXT: 1691
