# RUN: %athanor run %s | FileCheck --match-full-lines %s
x = 1
if true do
  x = 2
  IO.inspect(x, label: "inside if")
end
IO.inspect(x, label: "after if")
y = 10
case :a do
  :a -> y = 20
end
IO.inspect(y, label: "after case")
z = 5
f = fn -> z * 2 end
z = 100
IO.inspect(f.(), label: "closure captured old z")
IO.inspect(z)
list = [1, 2, 3]
total = 0
Enum.each(list, fn i -> total = total + i end)
IO.inspect(total, label: "total unchanged")
total = Enum.reduce(list, 0, fn i, acc -> acc + i end)
IO.inspect(total)
a = 1
a = a + 1
IO.inspect(a)
{a, b} = {a * 10, a}
IO.inspect({a, b})
r = (fn a -> a + 1 end).(a)
IO.inspect({r, a})
for a <- [7, 8], do: a
IO.inspect(a, label: "comprehension var does not leak")
v = with {:ok, w} <- {:ok, 3}, do: w * 2
IO.inspect(v)
q = try do
  q1 = 5
  q1 * 2
rescue
  _ -> 0
end
IO.inspect(q)
cond do
  (c = 3) > 2 -> IO.inspect(c, label: "cond binding")
  true -> :ok
end
n = 1
^n = 1
m = %{n => :one}
IO.inspect(m)
%{^n => val} = m
IO.inspect(val)
_ = "ignored"
_unused = :also_ignored
[h | _] = [:head, :t]
IO.inspect(h)
k = :key
IO.inspect(%{k => 1, :k => 2})
fun = fn
  x, x -> :equal
  _, _ -> :not_equal
end
IO.inspect({fun.(1, 1), fun.(1, 2)})
x = 5
g = fn ^x -> :five; _ -> :other end
IO.inspect({g.(5), g.(6)})
recv = fn ->
  send(self(), {:val, 42})
  receive do
    {:val, ^x} -> :matched_pinned
    {:val, other} -> {:other, other}
  end
end
IO.inspect(recv.())

# CHECK: inside if: 2
# CHECK-NEXT: after if: 1
# CHECK-NEXT: after case: 10
# CHECK-NEXT: closure captured old z: 10
# CHECK-NEXT: 100
# CHECK-NEXT: total unchanged: 0
# CHECK-NEXT: 6
# CHECK-NEXT: 2
# CHECK-NEXT: {20, 2}
# CHECK-NEXT: {21, 20}
# CHECK-NEXT: comprehension var does not leak: 20
# CHECK-NEXT: 6
# CHECK-NEXT: 10
# CHECK-NEXT: cond binding: 3
# CHECK-NEXT: %{1 => :one}
# CHECK-NEXT: :one
# CHECK-NEXT: :head
# CHECK-NEXT: %{k: 2, key: 1}
# CHECK-NEXT: {:equal, :not_equal}
# CHECK-NEXT: {:five, :other}
# CHECK-NEXT: {:other, 42}
