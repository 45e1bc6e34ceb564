# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Access.key/1,2, key!/1, elem/1, at/1, at!/1, all/0, filter/1 and slice/1 with get_in.
data = %{list: [%{n: 1}, %{n: 2}, %{n: 3}], tuple: {:a, :b}, map: %{x: 1}}
IO.inspect get_in(data, [:list, Access.all(), :n])
IO.inspect get_in(data, [:list, Access.at(1), :n])
IO.inspect get_in(data, [:list, Access.at(-1), :n])
IO.inspect get_in(data, [:list, Access.at(10)])
IO.inspect get_in(data, [:list, Access.filter(&(&1.n > 1)), :n])
IO.inspect get_in(data, [:list, Access.slice(0..1), :n])
IO.inspect get_in(data, [:tuple, Access.elem(1)])
IO.inspect get_in(data, [Access.key(:map), Access.key(:x)])
IO.inspect get_in(data, [Access.key(:nope, %{x: 5}), :x])
IO.inspect get_in(data, [Access.key!(:map), :x])
IO.inspect get_in(nil, [Access.key(:a)])
IO.inspect get_in([1, 2, 3, 4], [Access.slice(-2..-1)])
IO.inspect get_in([1, 2, 3, 4, 5], [Access.slice(0..-1//2)])
IO.inspect get_in([[1, 2], [3, 4]], [Access.all(), Access.at(0)])
# CHECK: [1, 2, 3]
# CHECK-NEXT: 2
# CHECK-NEXT: 3
# CHECK-NEXT: nil
# CHECK-NEXT: [2, 3]
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: :b
# CHECK-NEXT: 1
# CHECK-NEXT: 5
# CHECK-NEXT: 1
# CHECK-NEXT: nil
# CHECK-NEXT: [3, 4]
# CHECK-NEXT: [1, 3, 5]
# CHECK-NEXT: [1, 3]
