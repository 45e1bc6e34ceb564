# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.drop/2 (negative amounts too), Enum.drop_every/2 and Enum.drop_while/2.
IO.inspect Enum.drop([1, 2, 3], 2)
IO.inspect Enum.drop([1, 2, 3], 10)
IO.inspect Enum.drop([1, 2, 3], 0)
IO.inspect Enum.drop([1, 2, 3], -1)
IO.inspect Enum.drop([1, 2, 3], -5)
IO.inspect Enum.drop(1..10, 7)
IO.inspect Enum.drop(1..10//2, -2)
IO.inspect Enum.drop(%{a: 1, b: 2}, 1)
IO.inspect Enum.drop_every(1..10, 2)
IO.inspect Enum.drop_every(1..10, 0)
IO.inspect Enum.drop_every([1, 2, 3], 1)
IO.inspect Enum.drop_every(1..10, 3)
IO.inspect Enum.drop_while([1, 2, 3, 2, 1], fn x -> x < 3 end)
IO.inspect Enum.drop_while(1..5, fn x -> x < 10 end)
# CHECK: [3]
# CHECK-NEXT: []
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: []
# CHECK-NEXT: '\b\t\n'
# CHECK-NEXT: [1, 3, 5]
# CHECK-NEXT: [b: 2]
# CHECK-NEXT: [2, 4, 6, 8, 10]
# CHECK-NEXT: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
# CHECK-NEXT: []
# CHECK-NEXT: [2, 3, 5, 6, 8, 9]
# CHECK-NEXT: [3, 2, 1]
# CHECK-NEXT: []
