# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Keyword.update/4, update!/3, replace/3, replace!/3 and replace_lazy/3 keep the first position.
IO.inspect Keyword.update([a: 1], :a, 13, &(&1 * 2))
IO.inspect Keyword.update([a: 1, a: 2], :a, 13, &(&1 * 2))
IO.inspect Keyword.update([a: 1], :b, 11, &(&1 * 2))
IO.inspect Keyword.update([b: 1, a: 1, c: 2, a: 3], :a, 0, &(&1 * 10))
IO.inspect Keyword.update!([a: 1, b: 2, a: 3], :a, &(&1 * 2))
IO.inspect Keyword.update!([a: 1, b: 2, c: 3], :b, &(&1 * 2))
IO.inspect Keyword.replace([a: 1, b: 2, a: 4], :a, 3)
IO.inspect Keyword.replace([a: 1], :b, 2)
IO.inspect Keyword.replace!([a: 1, b: 2, a: 3], :a, :new)
IO.inspect Keyword.replace!([a: 1, b: 2, c: 3, b: 4], :b, :new)
IO.inspect Keyword.replace_lazy([a: 2, b: 2, a: 1], :a, fn v -> v * 4 end)
IO.inspect Keyword.replace_lazy([a: 1, b: 2], :c, fn v -> v * 4 end)
# CHECK: [a: 2]
# CHECK-NEXT: [a: 2]
# CHECK-NEXT: [a: 1, b: 11]
# CHECK-NEXT: [b: 1, a: 10, c: 2]
# CHECK-NEXT: [a: 2, b: 2]
# CHECK-NEXT: [a: 1, b: 4, c: 3]
# CHECK-NEXT: [a: 3, b: 2]
# CHECK-NEXT: [a: 1]
# CHECK-NEXT: [a: :new, b: 2]
# CHECK-NEXT: [a: 1, b: :new, c: 3]
# CHECK-NEXT: [a: 8, b: 2]
# CHECK-NEXT: [a: 1, b: 2]
