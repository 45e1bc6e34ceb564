# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Map.filter/2, reject/2 and the deprecated Map.map/2.
m = %{one: 1, two: 2, three: 3}
IO.inspect Map.filter(m, fn {_key, val} -> rem(val, 2) == 1 end)
IO.inspect Map.reject(m, fn {_key, val} -> rem(val, 2) == 1 end)
IO.inspect Map.filter(%{}, fn _ -> true end)
IO.inspect Map.new(m, fn {k, v} -> {k, v * 10} end)
# CHECK: %{one: 1, three: 3}
# CHECK-NEXT: %{two: 2}
# CHECK-NEXT: %{}
# CHECK-NEXT: %{one: 10, three: 30, two: 20}
