# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.slice/2,3 on ranges, including Elixir 1.14's stepping of ranges whose step is not 1.
IO.inspect Enum.slice(1..100, 5..10)
IO.inspect Enum.slice(1..10, 5..20)
IO.inspect Enum.slice(1..30, -5..-1)
IO.inspect Enum.slice(1..30, 25..-1)
IO.inspect Enum.slice(1..10, 11..20)
IO.inspect Enum.slice(1..10, 6..5)
IO.inspect Enum.slice(1..100, 5, 10)
IO.inspect Enum.slice(1..10, 5, 100)
IO.inspect Enum.slice(1..10, -6, 3)
IO.inspect Enum.slice(1..10, -11, 5)
IO.inspect Enum.slice(1..1_000_000_000, 3, 2)
IO.inspect Enum.slice(1..20, 0..9//3)
IO.inspect Enum.slice(10..1, 1..3)
IO.inspect Enum.slice(1..20//2, 1..3)
IO.inspect Enum.slice(1..20//2, 0..7//3), charlists: :as_lists
IO.inspect Enum.slice(20..1//-2, 1..7//2), charlists: :as_lists
IO.inspect Enum.slice(8..1, 1..-2//2), charlists: :as_lists
IO.inspect Enum.slice(8..1, 1..-1//2), charlists: :as_lists
# CHECK: [6, 7, 8, 9, 10, 11]
# CHECK-NEXT: [6, 7, 8, 9, 10]
# CHECK-NEXT: [26, 27, 28, 29, 30]
# CHECK-NEXT: [26, 27, 28, 29, 30]
# CHECK-NEXT: []
# CHECK-NEXT: []
# CHECK-NEXT: [6, 7, 8, 9, 10, 11, 12, 13, 14, 15]
# CHECK-NEXT: [6, 7, 8, 9, 10]
# CHECK-NEXT: [5, 6, 7]
# CHECK-NEXT: [1, 2, 3, 4, 5]
# CHECK-NEXT: [4, 5]
# CHECK-NEXT: [1, 4, 7, 10]
# CHECK-NEXT: '\t\b\a'
# CHECK-NEXT: [3, 5, 7]
# CHECK-NEXT: [1, 5, 9]
# CHECK-NEXT: [18, 17, 16, 15]
# CHECK-NEXT: [7, 7, 7]
# CHECK-NEXT: [7, 5, 3, 1]
