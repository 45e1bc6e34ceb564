# RUN: %athanor run %s | FileCheck --match-full-lines %s
# List.flatten/1,2, List.foldl/3 and List.foldr/3.
IO.inspect List.flatten([1, [[2], 3]])
IO.inspect List.flatten([1, [2, [3]], []], [4])
IO.inspect List.flatten([[], [[]]])
IO.inspect List.foldl([5, 5], 10, fn x, acc -> x + acc end)
IO.inspect List.foldl([1, 2, 3, 4], 0, fn x, acc -> x - acc end)
IO.inspect List.foldr([1, 2, 3, 4], 0, fn x, acc -> x - acc end)
IO.inspect List.foldr([1, 2, 3], [], &[&1 | &2])
IO.inspect List.foldl([1, 2, 3], [], &[&1 | &2])
# CHECK: [1, 2, 3]
# CHECK-NEXT: [1, 2, 3, 4]
# CHECK-NEXT: []
# CHECK-NEXT: 20
# CHECK-NEXT: 2
# CHECK-NEXT: -2
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [3, 2, 1]
