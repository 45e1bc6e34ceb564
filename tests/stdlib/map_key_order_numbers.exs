# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Map-key order puts every integer (small or big) before every float, whatever the values,
# also inside compound keys; literal maps and maps built at run time agree.
IO.inspect %{1000 => :a, 1.5 => :b, -5.0 => :c, 3 => :d}
IO.inspect %{(2 ** 70) => :a, 1.5 => :b}
IO.inspect Map.keys(%{(2 ** 70) => :a, 1.5 => :b, -(2 ** 80) => :c, 7 => :d})
big = 2 ** 70
IO.inspect Map.new([{1.5, :f}, {big, :b}, {-big, :n}, {2, :s}])
IO.inspect %{{1, 2.0} => 1, {1, 5} => 2}
IO.inspect %{[1.0] => 1, [2] => 2}
IO.inspect Map.put(%{10.0 => :x}, 20, :y)
IO.inspect :lists.sort([2 ** 70, 1.5, 3, 2.5])
IO.inspect %{1 => :i} == %{1.0 => :i}

# CHECK: %{3 => :d, 1000 => :a, -5.0 => :c, 1.5 => :b}
# CHECK-NEXT: %{1180591620717411303424 => :a, 1.5 => :b}
# CHECK-NEXT: [-1208925819614629174706176, 7, 1180591620717411303424, 1.5]
# CHECK-NEXT: %{
# CHECK-NEXT:   -1180591620717411303424 => :n,
# CHECK-NEXT:   2 => :s,
# CHECK-NEXT:   1180591620717411303424 => :b,
# CHECK-NEXT:   1.5 => :f
# CHECK-NEXT: }
# CHECK-NEXT: %{{\{\{}}1, 5} => 2, {1, 2.0} => 1}
# CHECK-NEXT: %{[2] => 2, [1.0] => 1}
# CHECK-NEXT: %{20 => :y, 10.0 => :x}
# CHECK-NEXT: [1.5, 2.5, 3, 1180591620717411303424]
# CHECK-NEXT: false
