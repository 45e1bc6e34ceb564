# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Map.get_and_update/3 and get_and_update!/3 with updates and :pop.
m = %{a: 1}
IO.inspect Map.get_and_update(m, :a, fn v -> {v, "new value!"} end)
IO.inspect Map.get_and_update(m, :b, fn v -> {v, "new value!"} end)
IO.inspect Map.get_and_update(m, :a, fn _ -> :pop end)
IO.inspect Map.get_and_update(m, :b, fn _ -> :pop end)
IO.inspect Map.get_and_update!(m, :a, fn v -> {v, v * 3} end)
IO.inspect Map.get_and_update!(m, :a, fn _ -> :pop end)
try do
  Map.get_and_update(m, :a, fn _ -> :bad end)
rescue
  e in RuntimeError -> IO.puts(Exception.message(e))
end
try do
  Map.get_and_update!(m, :b, fn v -> {v, 1} end)
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
# CHECK: {1, %{a: "new value!"}}
# CHECK-NEXT: {nil, %{a: 1, b: "new value!"}}
# CHECK-NEXT: {1, %{}}
# CHECK-NEXT: {nil, %{a: 1}}
# CHECK-NEXT: {1, %{a: 3}}
# CHECK-NEXT: {1, %{}}
# CHECK-NEXT: the given function must return a two-element tuple or :pop, got: :bad
# CHECK-NEXT: key :b not found in: %{a: 1}
