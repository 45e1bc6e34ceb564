# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.random/1, Enum.shuffle/1 and Enum.take_random/2 (checked by their properties).
list = Enum.to_list(1..20)
IO.inspect Enum.member?(list, Enum.random(list))
IO.inspect Enum.random([:only])
IO.inspect Enum.random(5..5)
IO.inspect Enum.random(1..10) in 1..10
shuffled = Enum.shuffle(list)
IO.inspect length(shuffled)
IO.inspect Enum.sort(shuffled) == list
IO.inspect Enum.shuffle([])
taken = Enum.take_random(list, 5)
IO.inspect length(taken)
IO.inspect length(Enum.uniq(taken))
IO.inspect Enum.all?(taken, &(&1 in list))
IO.inspect Enum.take_random(list, 0)
IO.inspect Enum.sort(Enum.take_random(1..3, 10))
# CHECK: true
# CHECK-NEXT: :only
# CHECK-NEXT: 5
# CHECK-NEXT: true
# CHECK-NEXT: 20
# CHECK-NEXT: true
# CHECK-NEXT: []
# CHECK-NEXT: 5
# CHECK-NEXT: 5
# CHECK-NEXT: true
# CHECK-NEXT: []
# CHECK-NEXT: [1, 2, 3]
