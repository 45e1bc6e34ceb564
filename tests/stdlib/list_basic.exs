# RUN: %athanor run %s | FileCheck --match-full-lines %s
# List.first/1,2, List.last/1,2, List.wrap/1, List.duplicate/2, List.delete/2.
IO.inspect List.first([])
IO.inspect List.first([], :default)
IO.inspect List.first([1, 2])
IO.inspect List.last([])
IO.inspect List.last([1, 2], :d)
IO.inspect List.last([1, [2, 3]])
IO.inspect List.wrap(nil)
IO.inspect List.wrap([1])
IO.inspect List.wrap(:a)
IO.inspect List.wrap({1, 2})
IO.inspect List.duplicate(:a, 3)
IO.inspect List.duplicate([1], 2)
IO.inspect List.duplicate(:x, 0)
IO.inspect List.delete([1, 2, 1], 1)
IO.inspect List.delete([1.0, 1], 1)
IO.inspect List.delete([], 1)
# CHECK: nil
# CHECK-NEXT: :default
# CHECK-NEXT: 1
# CHECK-NEXT: nil
# CHECK-NEXT: 2
# CHECK-NEXT: [2, 3]
# CHECK-NEXT: []
# CHECK-NEXT: [1]
# CHECK-NEXT: [:a]
# CHECK-NEXT: [{1, 2}]
# CHECK-NEXT: [:a, :a, :a]
# CHECK-NEXT: {{\[\[}}1], [1]]
# CHECK-NEXT: []
# CHECK-NEXT: [2, 1]
# CHECK-NEXT: [1.0]
# CHECK-NEXT: []
