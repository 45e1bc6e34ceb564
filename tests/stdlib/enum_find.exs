# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.find/2,3, Enum.find_index/2 and Enum.find_value/2,3.
IO.inspect Enum.find([2, 3, 4], fn x -> rem(x, 2) == 1 end)
IO.inspect Enum.find([2, 4, 6], fn x -> rem(x, 2) == 1 end)
IO.inspect Enum.find([2, 4, 6], 0, fn x -> rem(x, 2) == 1 end)
IO.inspect Enum.find(1..1_000_000_000, fn x -> x * x > 50 end)
IO.inspect Enum.find(%{a: 1, b: 2}, fn {_, v} -> v == 2 end)
IO.inspect Enum.find_index([2, 4, 6], fn x -> rem(x, 2) == 1 end)
IO.inspect Enum.find_index([2, 3, 4], fn x -> rem(x, 2) == 1 end)
IO.inspect Enum.find_index(5..1, &(&1 == 2))
IO.inspect Enum.find_value([2, 3, 4], fn x -> if x > 2, do: x * x end)
IO.inspect Enum.find_value([2, 4, 6], fn x -> rem(x, 2) == 1 end)
IO.inspect Enum.find_value([2, 3, 4], fn x -> rem(x, 2) == 1 end)
IO.inspect Enum.find_value([1, 2, 3], "no bools!", &is_boolean/1)
IO.inspect Enum.find_value(1..10, fn x -> x > 3 and x * 2 end)
# CHECK: 3
# CHECK-NEXT: nil
# CHECK-NEXT: 0
# CHECK-NEXT: 8
# CHECK-NEXT: {:b, 2}
# CHECK-NEXT: nil
# CHECK-NEXT: 1
# CHECK-NEXT: 3
# CHECK-NEXT: 9
# CHECK-NEXT: nil
# CHECK-NEXT: true
# CHECK-NEXT: "no bools!"
# CHECK-NEXT: 8
