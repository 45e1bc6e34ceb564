# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.chunk_every/2,3,4: steps smaller and larger than the count, leftover and :discard.
IO.inspect Enum.chunk_every([1, 2, 3, 4, 5, 6], 2)
IO.inspect Enum.chunk_every([1, 2, 3, 4, 5, 6], 3, 2, :discard)
IO.inspect Enum.chunk_every([1, 2, 3, 4, 5, 6], 3, 2, [7])
IO.inspect Enum.chunk_every([1, 2, 3, 4], 3, 3, [])
IO.inspect Enum.chunk_every([1, 2, 3, 4], 10)
IO.inspect Enum.chunk_every([1, 2, 3, 4, 5], 2, 3, [])
IO.inspect Enum.chunk_every([1, 2, 3, 4], 3, 1)
IO.inspect Enum.chunk_every([1, 2, 3, 4], 3, 1, [:x, :y])
IO.inspect Enum.chunk_every(1..10, 4)
IO.inspect Enum.chunk_every([], 2)
IO.inspect Enum.chunk_every(%{a: 1, b: 2, c: 3}, 2)
# CHECK: {{\[\[}}1, 2], [3, 4], [5, 6]]
# CHECK-NEXT: {{\[\[}}1, 2, 3], [3, 4, 5]]
# CHECK-NEXT: {{\[\[}}1, 2, 3], [3, 4, 5], [5, 6, 7]]
# CHECK-NEXT: {{\[\[}}1, 2, 3], [4]]
# CHECK-NEXT: {{\[\[}}1, 2, 3, 4]]
# CHECK-NEXT: {{\[\[}}1, 2], [4, 5]]
# CHECK-NEXT: {{\[\[}}1, 2, 3], [2, 3, 4], [3, 4]]
# CHECK-NEXT: {{\[\[}}1, 2, 3], [2, 3, 4], [3, 4, :x]]
# CHECK-NEXT: {{\[\[}}1, 2, 3, 4], [5, 6, 7, 8], '\t\n']
# CHECK-NEXT: []
# CHECK-NEXT: {{\[\[}}a: 1, b: 2], [c: 3]]
