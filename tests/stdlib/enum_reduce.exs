# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.reduce/2,3 and Enum.reduce_while/3.
IO.inspect Enum.reduce([1, 2, 3, 4], fn x, acc -> x * acc end)
IO.inspect Enum.reduce([1, 2, 3], 0, fn x, acc -> x + acc end)
IO.inspect Enum.reduce([:a], fn _, _ -> :never end)
IO.inspect Enum.reduce(1..4, [], &[&1 | &2])
IO.inspect Enum.reduce(4..1, [], &[&1 | &2])
IO.inspect Enum.reduce(1..9//4, [], &[&1 | &2])
IO.inspect Enum.reduce(%{a: 1, b: 2}, 0, fn {_, v}, acc -> v + acc end)
IO.inspect Enum.reduce(MapSet.new([3, 4]), 0, &+/2)
IO.inspect Enum.reduce(1..5, fn x, acc -> {x, acc} end)
IO.inspect Enum.reduce_while(1..100, 0, fn x, acc ->
  if x < 5, do: {:cont, acc + x}, else: {:halt, acc}
end)
IO.inspect Enum.reduce_while(1..100, 0, fn x, acc ->
  if x > 0, do: {:cont, acc + x}, else: {:halt, acc}
end)
IO.inspect Enum.reduce_while([], :init, fn _, _ -> {:halt, :never} end)
IO.inspect Enum.reduce_while(1..1_000_000_000_000, 0, fn x, _ -> if x == 3, do: {:halt, x}, else: {:cont, x} end)
# CHECK: 24
# CHECK-NEXT: 6
# CHECK-NEXT: :a
# CHECK-NEXT: [4, 3, 2, 1]
# CHECK-NEXT: [1, 2, 3, 4]
# CHECK-NEXT: [9, 5, 1]
# CHECK-NEXT: 3
# CHECK-NEXT: 7
# CHECK-NEXT: {5, {4, {3, {2, 1}}}}
# CHECK-NEXT: 10
# CHECK-NEXT: 5050
# CHECK-NEXT: :init
# CHECK-NEXT: 3
