# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.join/1,2 and Enum.map_join/2,3 convert elements with to_string.
IO.inspect Enum.join([1, 2, 3])
IO.inspect Enum.join([1, 2, 3], " = ")
IO.inspect Enum.join([], ",")
IO.inspect Enum.join(["a"], ",")
IO.inspect Enum.join([1, [?a, "b"], :c, 2.5, "d"], "-")
IO.inspect Enum.join(1..5, "")
IO.inspect Enum.map_join([1, 2, 3], &(&1 * 2))
IO.inspect Enum.map_join([1, 2, 3], " = ", &(&1 * 2))
IO.inspect Enum.map_join(%{a: 1, b: 2}, "&", fn {k, v} -> "#{k}=#{v}" end)
# CHECK: "123"
# CHECK-NEXT: "1 = 2 = 3"
# CHECK-NEXT: ""
# CHECK-NEXT: "a"
# CHECK-NEXT: "1-ab-c-2.5-d"
# CHECK-NEXT: "12345"
# CHECK-NEXT: "246"
# CHECK-NEXT: "2 = 4 = 6"
# CHECK-NEXT: "a=1&b=2"
