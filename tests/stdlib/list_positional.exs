# RUN: %athanor run %s | FileCheck --match-full-lines %s
# List.insert_at/3, replace_at/3, update_at/3, delete_at/2 and pop_at/2,3 with negative indices.
IO.inspect List.insert_at([1, 2, 3], 2, 0)
IO.inspect List.insert_at([1, 2, 3], 10, 0)
IO.inspect List.insert_at([1, 2, 3], -1, 0)
IO.inspect List.insert_at([1, 2, 3], -2, 0)
IO.inspect List.insert_at([1, 2, 3], -10, 0)
IO.inspect List.insert_at([], 0, :x)
IO.inspect List.replace_at([1, 2, 3], 0, 0)
IO.inspect List.replace_at([1, 2, 3], 10, 0)
IO.inspect List.replace_at([1, 2, 3], -1, 0)
IO.inspect List.replace_at([1, 2, 3], -10, 0)
IO.inspect List.update_at([1, 2, 3], 0, &(&1 + 10))
IO.inspect List.update_at([1, 2, 3], 10, &(&1 + 10))
IO.inspect List.update_at([1, 2, 3], -3, &(&1 * 10))
IO.inspect List.delete_at([1, 2, 3], 0)
IO.inspect List.delete_at([1, 2, 3], 10)
IO.inspect List.delete_at([1, 2, 3], -1)
IO.inspect List.pop_at([1, 2, 3], 0)
IO.inspect List.pop_at([1, 2, 3], 5)
IO.inspect List.pop_at([1, 2, 3], 5, 10)
IO.inspect List.pop_at([1, 2, 3], -1)
IO.inspect List.pop_at([1, 2, 3], -4, :none)
# CHECK: [1, 2, 0, 3]
# CHECK-NEXT: [1, 2, 3, 0]
# CHECK-NEXT: [1, 2, 3, 0]
# CHECK-NEXT: [1, 2, 0, 3]
# CHECK-NEXT: [0, 1, 2, 3]
# CHECK-NEXT: [:x]
# CHECK-NEXT: [0, 2, 3]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [1, 2, 0]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [11, 2, 3]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [10, 2, 3]
# CHECK-NEXT: [2, 3]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: {1, [2, 3]}
# CHECK-NEXT: {nil, [1, 2, 3]}
# CHECK-NEXT: {10, [1, 2, 3]}
# CHECK-NEXT: {3, [1, 2]}
# CHECK-NEXT: {:none, [1, 2, 3]}
