# RUN: %athanor run %s | FileCheck --match-full-lines %s
# List.zip/1 stops at the shortest list.
IO.inspect List.zip([[1, 2], [3, 4], [5, 6]])
IO.inspect List.zip([[1, 2], [3], [5, 6]])
IO.inspect List.zip([])
IO.inspect List.zip([[], [1]])
IO.inspect List.zip([[1, 2, 3]])
# CHECK: [{1, 3, 5}, {2, 4, 6}]
# CHECK-NEXT: [{1, 3, 5}]
# CHECK-NEXT: []
# CHECK-NEXT: []
# CHECK-NEXT: [{1}, {2}, {3}]
