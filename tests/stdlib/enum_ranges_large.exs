# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum functions on huge ranges use arithmetic instead of walking them.
r = 1..1_000_000_000_000
IO.inspect Enum.at(r, -1)
IO.inspect Enum.at(r, -3)
IO.inspect Enum.fetch(10..1//-3, -1)
IO.inspect Enum.fetch(10..1//-3, -5)
IO.inspect Enum.take(r, -3)
IO.inspect Enum.take(1..3, -10)
IO.inspect Enum.slice(r, -3, 2)
IO.inspect Enum.slice(1..10//2, -10, 2)
IO.inspect Enum.slice(1..10//2, -2, 10)
IO.inspect Enum.random(r) in r
IO.inspect Enum.count(r)
IO.inspect Enum.member?(r, 999_999_999_999)
IO.inspect Enum.min_max(r)
IO.inspect Enum.sum(r)
IO.inspect Enum.empty?(r)
# CHECK: 1000000000000
# CHECK-NEXT: 999999999998
# CHECK-NEXT: {:ok, 1}
# CHECK-NEXT: :error
# CHECK-NEXT: [999999999998, 999999999999, 1000000000000]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [999999999998, 999999999999]
# CHECK-NEXT: [1, 3]
# CHECK-NEXT: '\a\t'
# CHECK-NEXT: true
# CHECK-NEXT: 1000000000000
# CHECK-NEXT: true
# CHECK-NEXT: {1, 1000000000000}
# CHECK-NEXT: 500000000000500000000000
# CHECK-NEXT: false
