# RUN: %athanor run %s | FileCheck --match-full-lines %s
# List.keysort/2,3 is stable; sorters may be :asc, :desc or functions.
IO.inspect List.keysort([a: 5, b: 1, c: 3], 1)
IO.inspect List.keysort([a: 5, c: 1, b: 3], 0)
IO.inspect List.keysort([{2, :a}, {1, :b}, {2, :c}, {1, :d}], 0)
IO.inspect List.keysort([{2, :a}, {1, :b}, {2, :c}, {1, :d}], 0, :desc)
IO.inspect List.keysort([{1, :b}, {1, :a}, {0, :c}], 1, fn a, b -> a >= b end)
IO.inspect List.keysort([], 0)
# CHECK: [b: 1, c: 3, a: 5]
# CHECK-NEXT: [a: 5, b: 3, c: 1]
# CHECK-NEXT: [{1, :b}, {1, :d}, {2, :a}, {2, :c}]
# CHECK-NEXT: [{2, :a}, {2, :c}, {1, :b}, {1, :d}]
# CHECK-NEXT: [{0, :c}, {1, :b}, {1, :a}]
# CHECK-NEXT: []
