# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Stream.take/2, drop/2 (negative counts too), take_while/2, drop_while/2, take_every/2, drop_every/2.
nat = Stream.iterate(1, &(&1 + 1))
IO.inspect Stream.take(1..5, 2) |> Enum.to_list()
IO.inspect Stream.take(1..5, -2) |> Enum.to_list()
IO.inspect Stream.take(nat, 0) |> Enum.to_list()
IO.inspect Stream.drop(1..5, 2) |> Enum.to_list()
IO.inspect Stream.drop(1..5, -2) |> Enum.to_list()
IO.inspect Stream.drop(nat, 3) |> Enum.take(2)
IO.inspect Stream.take_while(nat, &(&1 < 4)) |> Enum.to_list()
IO.inspect Stream.drop_while(nat, &(&1 < 5)) |> Enum.take(2)
IO.inspect Stream.take_every(1..10, 3) |> Enum.to_list()
IO.inspect Stream.take_every(nat, 5) |> Enum.take(3)
IO.inspect Stream.drop_every(1..10, 3) |> Enum.to_list()
IO.inspect Stream.drop_every(1..10, 1) |> Enum.to_list()
IO.inspect Stream.drop_every(1..4, 0) |> Enum.to_list()
# CHECK: [1, 2]
# CHECK-NEXT: [4, 5]
# CHECK-NEXT: []
# CHECK-NEXT: [3, 4, 5]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [4, 5]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [5, 6]
# CHECK-NEXT: [1, 4, 7, 10]
# CHECK-NEXT: [1, 6, 11]
# CHECK-NEXT: [2, 3, 5, 6, 8, 9]
# CHECK-NEXT: []
# CHECK-NEXT: [1, 2, 3, 4]
