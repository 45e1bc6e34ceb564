# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Keyword.pop/2,3, pop!/2, pop_lazy/3, pop_first/2,3 and pop_values/2.
kw = [a: 1, b: 2, a: 3]
IO.inspect Keyword.pop(kw, :a)
IO.inspect Keyword.pop(kw, :z)
IO.inspect Keyword.pop(kw, :z, 3)
IO.inspect Keyword.pop!(kw, :a)
IO.inspect Keyword.pop_lazy(kw, :a, fn -> 13 end)
IO.inspect Keyword.pop_lazy(kw, :z, fn -> 13 end)
IO.inspect Keyword.pop_first(kw, :a)
IO.inspect Keyword.pop_first(kw, :z, :none)
IO.inspect Keyword.pop_values(kw, :a)
IO.inspect Keyword.pop_values(kw, :z)
try do
  Keyword.pop!(kw, :z)
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
# CHECK: {1, [b: 2]}
# CHECK-NEXT: {nil, [a: 1, b: 2, a: 3]}
# CHECK-NEXT: {3, [a: 1, b: 2, a: 3]}
# CHECK-NEXT: {1, [b: 2]}
# CHECK-NEXT: {1, [b: 2]}
# CHECK-NEXT: {13, [a: 1, b: 2, a: 3]}
# CHECK-NEXT: {1, [b: 2, a: 3]}
# CHECK-NEXT: {:none, [a: 1, b: 2, a: 3]}
# CHECK-NEXT: {[1, 3], [b: 2]}
# CHECK-NEXT: {[], [a: 1, b: 2, a: 3]}
# CHECK-NEXT: key :z not found in: [a: 1, b: 2, a: 3]
