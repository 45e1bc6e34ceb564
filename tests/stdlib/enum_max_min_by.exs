# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.max_by/2,3,4 and Enum.min_by/2,3,4 return the first best element.
IO.inspect Enum.max_by(["a", "aa", "aaa"], fn x -> String.length(x) end)
IO.inspect Enum.max_by(["a", "aa", "aaa", "b", "bbb"], &String.length/1)
IO.inspect Enum.max_by([], &String.length/1, fn -> nil end)
IO.inspect Enum.max_by(["a", "aa", "aaa", "b", "bbb"], &String.length/1, &>/2)
IO.inspect Enum.max_by(%{a: 3, b: 1}, fn {_, v} -> v end)
IO.inspect Enum.min_by(["a", "aa", "aaa"], fn x -> String.length(x) end)
IO.inspect Enum.min_by(["aa", "b", "c"], &String.length/1)
IO.inspect Enum.min_by(["aa", "b", "c"], &String.length/1, &</2)
IO.inspect Enum.min_by([], &String.length/1, fn -> :empty end)
IO.inspect Enum.min_by(1..10, &abs(&1 - 4))
# CHECK: "aaa"
# CHECK-NEXT: "aaa"
# CHECK-NEXT: nil
# CHECK-NEXT: "bbb"
# CHECK-NEXT: {:a, 3}
# CHECK-NEXT: "a"
# CHECK-NEXT: "b"
# CHECK-NEXT: "c"
# CHECK-NEXT: :empty
# CHECK-NEXT: 4
