# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.with_index/1,2 with offsets and functions.
IO.inspect Enum.with_index([:a, :b, :c])
IO.inspect Enum.with_index([:a, :b, :c], 3)
IO.inspect Enum.with_index([:a, :b, :c], -1)
IO.inspect Enum.with_index([:a, :b, :c], fn element, index -> {index, element} end)
IO.inspect Enum.with_index(1..3)
IO.inspect Enum.with_index(%{a: 1})
IO.inspect Enum.with_index([])
# CHECK: [a: 0, b: 1, c: 2]
# CHECK-NEXT: [a: 3, b: 4, c: 5]
# CHECK-NEXT: [a: -1, b: 0, c: 1]
# CHECK-NEXT: [{0, :a}, {1, :b}, {2, :c}]
# CHECK-NEXT: [{1, 0}, {2, 1}, {3, 2}]
# CHECK-NEXT: [{{\{\{}}:a, 1}, 0}]
# CHECK-NEXT: []
