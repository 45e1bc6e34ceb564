# RUN: %athanor run %s | FileCheck --match-full-lines %s
# `map.field` on a map without that key raises {:badkey, field, map}, which rescue turns
# into a KeyError naming the map.
defmodule F do
  def get(m), do: m.b
end

m = %{a: 1, x: %{y: 2}}
IO.inspect(m.x.y)
IO.inspect(try do F.get(m) catch :error, r -> r end)
try do
  F.get(m)
rescue
  e in KeyError -> IO.inspect({Exception.message(e), e.key, e.term})
end
Process.flag(:trap_exit, true)
pid = spawn_link(fn -> F.get(%{c: 3}) end)
receive do
  {:EXIT, ^pid, {reason, _stack}} -> IO.inspect(reason)
end

# CHECK: 2
# CHECK-NEXT: {:badkey, :b, %{a: 1, x: %{y: 2}}}
# CHECK-NEXT: {"key :b not found in: %{a: 1, x: %{y: 2}}", :b, %{a: 1, x: %{y: 2}}}
# CHECK-NEXT: {:badkey, :b, %{c: 3}}
