# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.scan/2,3.
IO.inspect Enum.scan(1..5, &(&1 + &2))
IO.inspect Enum.scan(1..5, 0, &(&1 + &2))
IO.inspect Enum.scan([], &(&1 + &2))
IO.inspect Enum.scan([3], &(&1 + &2))
IO.inspect Enum.scan([1, 2, 3], [], &[&1 | &2])
# CHECK: [1, 3, 6, 10, 15]
# CHECK-NEXT: [1, 3, 6, 10, 15]
# CHECK-NEXT: []
# CHECK-NEXT: [3]
# CHECK-NEXT: {{\[\[}}1], [2, 1], [3, 2, 1]]
