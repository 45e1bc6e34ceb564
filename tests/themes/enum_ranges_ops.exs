# RUN: %athanor run %s | FileCheck --match-full-lines %s
IO.inspect(Enum.to_list(1..10//3))
IO.inspect(Enum.to_list(10..1//-2))
IO.inspect(Enum.to_list(5..1))
IO.inspect(1..10 |> Enum.filter(&(rem(&1, 2) == 0)) |> Enum.map(&(&1 * &1)))
IO.inspect(Range.new(1, 5))
IO.inspect(1..10//2)
IO.inspect(Enum.count(1..100))
IO.inspect(Enum.sum(1..100))
IO.inspect(Enum.reverse(1..5))
IO.inspect(5 in 1..10)
IO.inspect(11 in 1..10)
IO.inspect(4 in 1..10//3)
IO.inspect(Range.size(1..10//3))
first..last = 3..9
IO.inspect({first, last})
IO.inspect(Enum.slice(1..20, 5..8))
IO.inspect(Enum.take(1..1_000_000, 3))
IO.inspect(Enum.reduce(1..5, [], &[&1 | &2]))
IO.inspect(Enum.map(1..3, fn i -> i..(i + 2) end))
IO.inspect(Enum.empty?(1..0//1))
IO.inspect(Enum.to_list(1..0//1))
IO.inspect(Enum.map_every(1..10, 2, fn x -> -x end))

# CHECK: [1, 4, 7, 10]
# CHECK-NEXT: [10, 8, 6, 4, 2]
# CHECK-NEXT: [5, 4, 3, 2, 1]
# CHECK-NEXT: [4, 16, 36, 64, 100]
# CHECK-NEXT: 1..5
# CHECK-NEXT: 1..10//2
# CHECK-NEXT: 100
# CHECK-NEXT: 5050
# CHECK-NEXT: [5, 4, 3, 2, 1]
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: 4
# CHECK-NEXT: {3, 9}
# CHECK-NEXT: [6, 7, 8, 9]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [5, 4, 3, 2, 1]
# CHECK-NEXT: [1..3, 2..4, 3..5]
# CHECK-NEXT: true
# CHECK-NEXT: []
# CHECK-NEXT: [-1, 2, -3, 4, -5, 6, -7, 8, -9, 10]
