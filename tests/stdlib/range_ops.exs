# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Range.size/1, Range.shift/2 and Range.disjoint?/2 (steps included).
IO.inspect Range.size(1..10)
IO.inspect Range.size(1..10//2)
IO.inspect Range.size(1..10//3)
IO.inspect Range.size(10..1//-3)
IO.inspect Range.size(1..0//1)
IO.inspect Range.size(0..10//-1)
IO.inspect Range.shift(0..10, 1)
IO.inspect Range.shift(0..10, 2)
IO.inspect Range.shift(0..10//2, 2)
IO.inspect Range.shift(10..0//-2, 2)
IO.inspect Range.shift(1..10//3, -1)
IO.inspect Range.disjoint?(1..5, 6..9)
IO.inspect Range.disjoint?(5..1, 6..9)
IO.inspect Range.disjoint?(1..5, 5..9)
IO.inspect Range.disjoint?(1..5, 2..7)
IO.inspect Range.disjoint?(1..5//2, 2..6//2)
IO.inspect Range.disjoint?(1..6//2, 3..10//4)
IO.inspect Range.disjoint?(1..20//6, 2..20//4)
IO.inspect Range.disjoint?(0..100//7, 3..100//5)
IO.inspect Range.disjoint?(1..0//1, 0..5)
IO.inspect Range.disjoint?(10..1//-3, 2..4)
# CHECK: 10
# CHECK-NEXT: 5
# CHECK-NEXT: 4
# CHECK-NEXT: 4
# CHECK-NEXT: 0
# CHECK-NEXT: 0
# CHECK-NEXT: 1..11
# CHECK-NEXT: 2..12
# CHECK-NEXT: 4..14//2
# CHECK-NEXT: 6..-4//-2
# CHECK-NEXT: -2..7//3
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: false
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: true
