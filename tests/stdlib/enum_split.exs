# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.split/2, Enum.split_while/2 and Enum.split_with/2.
IO.inspect Enum.split([1, 2, 3], 2)
IO.inspect Enum.split([1, 2, 3], 10)
IO.inspect Enum.split([1, 2, 3], 0)
IO.inspect Enum.split([1, 2, 3], -1)
IO.inspect Enum.split([1, 2, 3], -5)
IO.inspect Enum.split(1..5, -2)
IO.inspect Enum.split_while([1, 2, 3, 4], fn x -> x < 3 end)
IO.inspect Enum.split_while([1, 2, 3, 4], fn x -> x < 0 end)
IO.inspect Enum.split_while([1, 2, 3, 4], fn x -> x > 0 end)
IO.inspect Enum.split_while(1..6, &(&1 < 4))
IO.inspect Enum.split_with([5, 4, 3, 2, 1, 0], fn x -> rem(x, 2) == 0 end)
IO.inspect Enum.split_with(%{a: 1, b: -2, c: 1, d: -3}, fn {_k, v} -> v < 0 end)
IO.inspect Enum.split_with(%{}, fn {_k, v} -> v > 50 end)
# CHECK: {[1, 2], [3]}
# CHECK-NEXT: {[1, 2, 3], []}
# CHECK-NEXT: {[], [1, 2, 3]}
# CHECK-NEXT: {[1, 2], [3]}
# CHECK-NEXT: {[], [1, 2, 3]}
# CHECK-NEXT: {[1, 2, 3], [4, 5]}
# CHECK-NEXT: {[1, 2], [3, 4]}
# CHECK-NEXT: {[], [1, 2, 3, 4]}
# CHECK-NEXT: {[1, 2, 3, 4], []}
# CHECK-NEXT: {[1, 2, 3], [4, 5, 6]}
# CHECK-NEXT: {[4, 2, 0], [5, 3, 1]}
# CHECK-NEXT: {[b: -2, d: -3], [a: 1, c: 1]}
# CHECK-NEXT: {[], []}
