# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.slice/2,3 on lists: ranges, negative indices, steps, out of bounds.
l = [1, 2, 3, 4, 5]
IO.inspect Enum.slice(l, 1..3)
IO.inspect Enum.slice(l, 3..10)
IO.inspect Enum.slice(l, -3..-1)
IO.inspect Enum.slice(l, 1..-2//1)
IO.inspect Enum.slice(l, 1..-1)
IO.inspect Enum.slice(l, 0..-1//2)
IO.inspect Enum.slice(Enum.to_list(1..20), 0..9//3)
IO.inspect Enum.slice(l, 6..10)
IO.inspect Enum.slice(l, 4..2)
IO.inspect Enum.slice(l, -20..1)
IO.inspect Enum.slice(l, 1, 2)
IO.inspect Enum.slice(l, 1, 0)
IO.inspect Enum.slice(l, -2, 10)
IO.inspect Enum.slice(l, -10, 2)
IO.inspect Enum.slice(l, 10, 2)
IO.inspect Enum.slice(%{a: 1, b: 2, c: 3}, 1..2)
IO.inspect Enum.slice(MapSet.new([3, 1, 2]), -1, 1)
try do
  Enum.slice(l, 2..3//-1)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
# CHECK: [2, 3, 4]
# CHECK-NEXT: [4, 5]
# CHECK-NEXT: [3, 4, 5]
# CHECK-NEXT: [2, 3, 4]
# CHECK-NEXT: [2, 3, 4, 5]
# CHECK-NEXT: [1, 3, 5]
# CHECK-NEXT: [1, 4, 7, 10]
# CHECK-NEXT: []
# CHECK-NEXT: []
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: [2, 3]
# CHECK-NEXT: []
# CHECK-NEXT: [4, 5]
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: []
# CHECK-NEXT: [b: 2, c: 3]
# CHECK-NEXT: [3]
# CHECK-NEXT: Enum.slice/2 does not accept ranges with negative steps, got: 2..3//-1
