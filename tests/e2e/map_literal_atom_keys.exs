# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Map literals with atom keys (built inline, keys sorted at compile time: see
# tests/codegen/map_literal_atom_keys.exs) are the same maps the runtime builds: same
# order, equality, updates and matching; a repeated key or more than 32 keys take the
# runtime path.
defmodule P do
  defstruct [:name, :age, zeta: 1, alpha: 2]
end
defmodule M do
def run do
x = 5
m = %{z: x, a: x + 1, m: [x], b: "s"}
IO.inspect(m)
IO.inspect(%P{name: "n", age: x})
IO.inspect(Map.keys(m))
%{a: a, z: z} = m
IO.inspect({a, z})
IO.inspect(m == %{a: 6, b: "s", m: [5], z: 5})
IO.inspect(%{m | a: 0})
IO.inspect(Map.put(m, :c, 1))
r = 1..x
IO.inspect(r)
IO.inspect(Enum.sum(r))
IO.inspect(%{"str" => 1, a: 2})
IO.inspect(%{b: 1, b: 2})
IO.inspect(map_size(%{a: 1, b: 2, c: 3}))
IO.inspect(Map.get(%{z: 1, y: 2, x: 3}, :y))
big = %{k01: 1, k02: 2, k03: 3, k04: 4, k05: 5, k06: 6, k07: 7, k08: 8, k09: 9, k10: 10, k11: 11, k12: 12, k13: 13, k14: 14, k15: 15, k16: 16, k17: 17, k18: 18, k19: 19, k20: 20, k21: 21, k22: 22, k23: 23, k24: 24, k25: 25, k26: 26, k27: 27, k28: 28, k29: 29, k30: 30, k31: 31, k32: x}
IO.inspect(map_size(big))
IO.inspect(big[:k32])
IO.inspect(%{Ä: 1, a: 2, B: 3, _: 4, "Z": 5})
end
end
M.run()

# CHECK: %{a: 6, b: "s", m: [5], z: 5}
# CHECK-NEXT: %P{name: "n", age: 5, zeta: 1, alpha: 2}
# CHECK-NEXT: [:a, :b, :m, :z]
# CHECK-NEXT: {6, 5}
# CHECK-NEXT: true
# CHECK-NEXT: %{a: 0, b: "s", m: [5], z: 5}
# CHECK-NEXT: %{a: 6, b: "s", c: 1, m: [5], z: 5}
# CHECK-NEXT: 1..5
# CHECK-NEXT: 15
# CHECK-NEXT: %{:a => 2, "str" => 1}
# CHECK-NEXT: %{b: 2}
# CHECK-NEXT: 3
# CHECK-NEXT: 2
# CHECK-NEXT: 32
# CHECK-NEXT: 5
# CHECK-NEXT: %{B: 3, Z: 5, _: 4, a: 2, Ä: 1}
