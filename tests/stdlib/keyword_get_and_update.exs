# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Keyword.get_and_update/3 and get_and_update!/3.
IO.inspect Keyword.get_and_update([a: 1], :a, fn v -> {v, "new value!"} end)
IO.inspect Keyword.get_and_update([a: 1], :b, fn v -> {v, "new value!"} end)
IO.inspect Keyword.get_and_update([a: 2], :a, fn n -> {2 * n, 3 * n} end)
IO.inspect Keyword.get_and_update([a: 1], :a, fn _ -> :pop end)
IO.inspect Keyword.get_and_update([a: 1], :b, fn _ -> :pop end)
IO.inspect Keyword.get_and_update([a: 1, b: 2, a: 3], :a, fn v -> {v, v * 10} end)
IO.inspect Keyword.get_and_update!([a: 1], :a, fn v -> {v, "new value!"} end)
IO.inspect Keyword.get_and_update!([a: 1, b: 2, a: 3], :a, fn v -> {v, v + 1} end)
IO.inspect Keyword.get_and_update!([a: 1], :a, fn _ -> :pop end)
try do
  Keyword.get_and_update!([a: 1, b: 2, c: 3], :z, fn v -> {v, 1} end)
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
# CHECK: {1, [a: "new value!"]}
# CHECK-NEXT: {nil, [b: "new value!", a: 1]}
# CHECK-NEXT: {4, [a: 6]}
# CHECK-NEXT: {1, []}
# CHECK-NEXT: {nil, [a: 1]}
# CHECK-NEXT: {1, [a: 10, b: 2, a: 3]}
# CHECK-NEXT: {1, [a: "new value!"]}
# CHECK-NEXT: {1, [a: 2, b: 2]}
# CHECK-NEXT: {1, []}
# CHECK-NEXT: key :z not found in: [c: 3, b: 2, a: 1]
