# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.uniq/1 (strict: 1 and 1.0 differ) and Enum.uniq_by/2 keep first occurrences.
IO.inspect Enum.uniq([1, 2, 3, 3, 2, 1])
IO.inspect Enum.uniq([1, 1.0, 1])
IO.inspect Enum.uniq([])
IO.inspect Enum.uniq(1..3)
IO.inspect Enum.uniq_by([{1, :x}, {2, :y}, {1, :z}], fn {x, _} -> x end)
IO.inspect Enum.uniq_by([a: {:tea, 2}, b: {:tea, 2}, c: {:coffee, 1}], fn {_, y} -> y end)
IO.inspect Enum.uniq_by(1..10, &rem(&1, 4))
# CHECK: [1, 2, 3]
# CHECK-NEXT: [1, 1.0]
# CHECK-NEXT: []
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [{1, :x}, {2, :y}]
# CHECK-NEXT: [a: {:tea, 2}, c: {:coffee, 1}]
# CHECK-NEXT: [1, 2, 3, 4]
