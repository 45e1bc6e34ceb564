# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.unzip/1 and Enum.zip/1,2 stop at the shortest enumerable.
IO.inspect Enum.unzip([{:a, 1}, {:b, 2}, {:c, 3}])
IO.inspect Enum.unzip(%{a: 1, b: 2})
IO.inspect Enum.unzip([])
IO.inspect Enum.zip([1, 2, 3], [:a, :b, :c])
IO.inspect Enum.zip([1, 2, 3, 4, 5], [:a, :b, :c])
IO.inspect Enum.zip([[1, 2, 3], [:a, :b, :c], ["foo", "bar", "baz"]])
IO.inspect Enum.zip([[1, 2, 3, 4, 5], [:a, :b, :c]])
IO.inspect Enum.zip(%{a: 1, b: 2}, 1..5)
IO.inspect Enum.zip(1..1_000_000_000_000, [:x, :y])
IO.inspect Enum.zip([])
IO.inspect Enum.zip([[1, 2], [3, 4, 5], 1..3])
IO.inspect Enum.zip([], [1])
# CHECK: {[:a, :b, :c], [1, 2, 3]}
# CHECK-NEXT: {[:a, :b], [1, 2]}
# CHECK-NEXT: {[], []}
# CHECK-NEXT: [{1, :a}, {2, :b}, {3, :c}]
# CHECK-NEXT: [{1, :a}, {2, :b}, {3, :c}]
# CHECK-NEXT: [{1, :a, "foo"}, {2, :b, "bar"}, {3, :c, "baz"}]
# CHECK-NEXT: [{1, :a}, {2, :b}, {3, :c}]
# CHECK-NEXT: [{{\{\{}}:a, 1}, 1}, {{\{\{}}:b, 2}, 2}]
# CHECK-NEXT: [{1, :x}, {2, :y}]
# CHECK-NEXT: []
# CHECK-NEXT: [{1, 3, 1}, {2, 4, 2}]
# CHECK-NEXT: []
