# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.zip_with/2,3 and Enum.zip_reduce/3,4.
IO.inspect Enum.zip_with([1, 2], [3, 4], fn x, y -> x + y end)
IO.inspect Enum.zip_with([1, 2], [3, 4, 5, 6], fn x, y -> x + y end)
IO.inspect Enum.zip_with([1, 2, 5, 6], [3, 4], fn x, y -> x + y end)
IO.inspect Enum.zip_with(1..3, 10..1, &{&1, &2})
IO.inspect Enum.zip_with([[1, 2], [3, 4], [5, 6]], fn [x, y, z] -> x + y + z end)
IO.inspect Enum.zip_with([[1, 2], [3, 4]], fn [x, y] -> x + y end)
IO.inspect Enum.zip_with([], fn l -> l end)
IO.inspect Enum.zip_reduce([1, 2], [3, 4], 0, fn x, y, acc -> x + y + acc end)
IO.inspect Enum.zip_reduce([1, 2], [3, 4, 5], [], fn x, y, acc -> [{x, y} | acc] end)
IO.inspect Enum.zip_reduce([[1, 2], [3, 4, 5], 6..7], [], fn l, acc -> [l | acc] end)
IO.inspect Enum.zip_reduce([], :acc, fn _, _ -> :never end)
# CHECK: [4, 6]
# CHECK-NEXT: [4, 6]
# CHECK-NEXT: [4, 6]
# CHECK-NEXT: [{1, 10}, {2, 9}, {3, 8}]
# CHECK-NEXT: '\t\f'
# CHECK-NEXT: [4, 6]
# CHECK-NEXT: []
# CHECK-NEXT: 10
# CHECK-NEXT: [{2, 4}, {1, 3}]
# CHECK-NEXT: {{\[\[}}2, 4, 7], [1, 3, 6]]
# CHECK-NEXT: :acc
