# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.intersperse/2 and Enum.map_intersperse/3.
IO.inspect Enum.intersperse([1, 2, 3], 0)
IO.inspect Enum.intersperse([1], 0)
IO.inspect Enum.intersperse([], 0)
IO.inspect Enum.intersperse(1..4, :x)
IO.inspect Enum.map_intersperse([1, 2, 3], :a, &(&1 * 2))
IO.inspect Enum.map_intersperse([], :a, &(&1 * 2))
IO.inspect Enum.map_intersperse(1..3, ", ", &Integer.to_string/1)
# CHECK: [1, 0, 2, 0, 3]
# CHECK-NEXT: [1]
# CHECK-NEXT: []
# CHECK-NEXT: [1, :x, 2, :x, 3, :x, 4]
# CHECK-NEXT: [2, :a, 4, :a, 6]
# CHECK-NEXT: []
# CHECK-NEXT: ["1", ", ", "2", ", ", "3"]
