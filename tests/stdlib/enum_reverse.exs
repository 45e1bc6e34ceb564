# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.reverse/1,2 and Enum.reverse_slice/3.
IO.inspect Enum.reverse([1, 2, 3])
IO.inspect Enum.reverse([])
IO.inspect Enum.reverse(1..5)
IO.inspect Enum.reverse(%{a: 1, b: 2})
IO.inspect Enum.reverse([1, 2, 3], [4, 5, 6])
IO.inspect Enum.reverse(1..3, 4..6)
IO.inspect Enum.reverse_slice([1, 2, 3, 4, 5, 6], 2, 4)
IO.inspect Enum.reverse_slice([1, 2, 3, 4, 5, 6], 2, 10)
IO.inspect Enum.reverse_slice([1, 2, 3, 4, 5, 6], 10, 2)
IO.inspect Enum.reverse_slice(1..6, 0, 3)
IO.inspect Enum.reverse_slice([1, 2, 3], 1, 0)
# CHECK: [3, 2, 1]
# CHECK-NEXT: []
# CHECK-NEXT: [5, 4, 3, 2, 1]
# CHECK-NEXT: [b: 2, a: 1]
# CHECK-NEXT: [3, 2, 1, 4, 5, 6]
# CHECK-NEXT: [3, 2, 1, 4, 5, 6]
# CHECK-NEXT: [1, 2, 6, 5, 4, 3]
# CHECK-NEXT: [1, 2, 6, 5, 4, 3]
# CHECK-NEXT: [1, 2, 3, 4, 5, 6]
# CHECK-NEXT: [3, 2, 1, 4, 5, 6]
# CHECK-NEXT: [1, 2, 3]
