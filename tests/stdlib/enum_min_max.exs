# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.min_max/1,2 and Enum.min_max_by/2,3,4.
IO.inspect Enum.min_max([2, 3, 1])
IO.inspect Enum.min_max([], fn -> {nil, nil} end)
IO.inspect Enum.min_max([1, 1.0])
IO.inspect Enum.min_max(5..1)
IO.inspect Enum.min_max(1..10//4)
IO.inspect Enum.min_max([:a])
IO.inspect Enum.min_max_by(["aaa", "bb", "c"], fn x -> String.length(x) end)
IO.inspect Enum.min_max_by(["aaa", "a", "bb", "c", "ccc"], &String.length/1)
IO.inspect Enum.min_max_by([], &String.length/1, fn -> nil end)
IO.inspect Enum.min_max_by(["aaa", "a", "bb", "c", "ccc"], &String.length/1, &<=/2)
IO.inspect Enum.min_max_by(-3..3, &(&1 * &1))
# CHECK: {1, 3}
# CHECK-NEXT: {nil, nil}
# CHECK-NEXT: {1, 1}
# CHECK-NEXT: {1, 5}
# CHECK-NEXT: {1, 9}
# CHECK-NEXT: {:a, :a}
# CHECK-NEXT: {"c", "aaa"}
# CHECK-NEXT: {"a", "aaa"}
# CHECK-NEXT: nil
# CHECK-NEXT: {"c", "ccc"}
# CHECK-NEXT: {0, -3}
