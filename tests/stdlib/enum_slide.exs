# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.slide/3 moves one element or a range of elements.
l = [:a, :b, :c, :d, :e, :f, :g]
IO.inspect Enum.slide(l, 5, 1)
IO.inspect Enum.slide(l, 3..5, 1)
IO.inspect Enum.slide(l, 1..3, 5)
IO.inspect Enum.slide(l, 3..-1//1, 2)
IO.inspect Enum.slide(l, -4..-2, 1)
IO.inspect Enum.slide(l, 3, -1)
IO.inspect Enum.slide(l, 2, 2)
IO.inspect Enum.slide(l, 6, 0)
IO.inspect Enum.slide(1..10, 2..4, 8)
IO.inspect Enum.slide([1, 2, 3], 0..1, 5)
IO.inspect Enum.slide([1, 2, 3], 5..6, 0)
for range <- [4..2, 0..2//2] do
  try do
    Enum.slide([1, 2, 3, 4, 5], range, 0)
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end
try do
  Enum.slide([1, 2, 3, 4, 5], 1..3, 2)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
# CHECK: [:a, :f, :b, :c, :d, :e, :g]
# CHECK-NEXT: [:a, :d, :e, :f, :b, :c, :g]
# CHECK-NEXT: [:a, :e, :f, :b, :c, :d, :g]
# CHECK-NEXT: [:a, :b, :d, :e, :f, :g, :c]
# CHECK-NEXT: [:a, :d, :e, :f, :b, :c, :g]
# CHECK-NEXT: [:a, :b, :c, :e, :f, :g, :d]
# CHECK-NEXT: [:a, :b, :c, :d, :e, :f, :g]
# CHECK-NEXT: [:g, :a, :b, :c, :d, :e, :f]
# CHECK-NEXT: [1, 2, 6, 7, 8, 9, 3, 4, 5, 10]
# CHECK-NEXT: [3, 1, 2]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: Enum.slide/3 does not accept ranges with custom steps, got: 4..2//-1
# CHECK-NEXT: Enum.slide/3 does not accept ranges with custom steps, got: 0..2//2
# CHECK-NEXT: insertion index for slide must be outside the range being moved (tried to insert 1..3 at 2)
