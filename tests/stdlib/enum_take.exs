# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.take/2 (negative amounts too), Enum.take_every/2 and Enum.take_while/2.
IO.inspect Enum.take([1, 2, 3], 2)
IO.inspect Enum.take([1, 2, 3], 10)
IO.inspect Enum.take([1, 2, 3], 0)
IO.inspect Enum.take([1, 2, 3], -1)
IO.inspect Enum.take([1, 2, 3], -10)
IO.inspect Enum.take(1..1_000_000_000_000, 3)
IO.inspect Enum.take(10..1, -3)
IO.inspect Enum.take(%{a: 1, b: 2}, 1)
IO.inspect Enum.take_every(1..10, 2)
IO.inspect Enum.take_every(1..10, 0)
IO.inspect Enum.take_every([1, 2, 3], 1)
IO.inspect Enum.take_every(1..10, 4)
IO.inspect Enum.take_while([1, 2, 3], fn x -> x < 3 end)
IO.inspect Enum.take_while(1..1_000_000_000_000, fn x -> x < 4 end)
IO.inspect Enum.take_while([], fn x -> x < 3 end)
# CHECK: [1, 2]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: []
# CHECK-NEXT: [3]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [3, 2, 1]
# CHECK-NEXT: [a: 1]
# CHECK-NEXT: [1, 3, 5, 7, 9]
# CHECK-NEXT: []
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [1, 5, 9]
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: []
