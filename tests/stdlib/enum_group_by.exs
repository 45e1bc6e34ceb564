# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.group_by/2,3 keeps the order of elements inside each group.
IO.inspect Enum.group_by(~w{ant buffalo cat dingo}, &String.length/1)
IO.inspect Enum.group_by(~w{ant buffalo cat dingo}, &String.length/1, &String.first/1)
IO.inspect Enum.group_by(1..10, &rem(&1, 3))
IO.inspect Enum.group_by(%{a: 1, b: 2, c: 1}, fn {_, v} -> v end, fn {k, _} -> k end)
IO.inspect Enum.group_by([], & &1)
# CHECK: %{3 => ["ant", "cat"], 5 => ["dingo"], 7 => ["buffalo"]}
# CHECK-NEXT: %{3 => ["a", "c"], 5 => ["d"], 7 => ["b"]}
# CHECK-NEXT: %{0 => [3, 6, 9], 1 => [1, 4, 7, 10], 2 => [2, 5, 8]}
# CHECK-NEXT: %{1 => [:a, :c], 2 => [:b]}
# CHECK-NEXT: %{}
