# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.concat/1,2 over lists, ranges and maps.
IO.inspect Enum.concat([1..3, 4..6, 7..9])
IO.inspect Enum.concat([[1, [2], 3], [4], [5, 6]])
IO.inspect Enum.concat(1..3, 4..6)
IO.inspect Enum.concat([1, 2, 3], [4, 5, 6])
IO.inspect Enum.concat(%{a: 1}, [b: 2])
IO.inspect Enum.concat([])
IO.inspect Enum.concat([[], [], [1]])
# CHECK: [1, 2, 3, 4, 5, 6, 7, 8, 9]
# CHECK-NEXT: [1, [2], 3, 4, 5, 6]
# CHECK-NEXT: [1, 2, 3, 4, 5, 6]
# CHECK-NEXT: [1, 2, 3, 4, 5, 6]
# CHECK-NEXT: [a: 1, b: 2]
# CHECK-NEXT: []
# CHECK-NEXT: [1]
