# RUN: %athanor run %s | FileCheck %s
# A list inserted into a :bag is stored last object first (as on the BEAM); bag duplicates
# are exact matches (1 and 1.0 are different objects); sets keep the last object of a list.
t = :ets.new(:bag, [:bag])
:ets.insert(t, [{:a, 1}, {:b, 1}, {:a, 2}, {:a, 1.0}, {:a, 1}])
IO.inspect(:ets.lookup(t, :a))
t = :ets.new(:bag, [:bag])
:ets.insert_new(t, [{:a, 1}, {:a, 2}])
IO.inspect(:ets.lookup(t, :a))
t = :ets.new(:bag, [:duplicate_bag])
:ets.insert_new(t, [{:a, 1}, {:a, 2}])
IO.inspect(:ets.lookup(t, :a))
t = :ets.new(:bag, [:set])
IO.inspect :ets.insert_new(t, [{:a, 1}, {:a, 2}])
IO.inspect(:ets.lookup(t, :a))
t = :ets.new(:bag, [:bag])
:ets.insert(t, {:x, 1})
:ets.insert(t, {:x, 2})
:ets.insert(t, {:x, 3})
IO.inspect(:ets.lookup(t, :x))
t = :ets.new(:bag, [:bag])
:ets.insert(t, [{:x, 1}, {:x, 2}, {:x, 3}, {:y, 1}, {:x, 4}])
IO.inspect(:ets.lookup(t, :x))
t = :ets.new(:bag, [:duplicate_bag])
:ets.insert(t, [{:x, 1}, {:x, 2}, {:x, 1}])
IO.inspect(:ets.lookup(t, :x))
:ets.insert(t, {:x, 5})
IO.inspect(:ets.lookup(t, :x))
t = :ets.new(:bag, [:bag])
:ets.insert(t, [{:x, 1}, {:x, 2}])
:ets.insert(t, [{:x, 3}, {:x, 4}])
:ets.insert(t, [{:x, 2}])
IO.inspect(:ets.lookup(t, :x))
IO.inspect(:ets.tab2list(t))
t = :ets.new(:s, [:set])
:ets.insert(t, [{:x, 1}, {:x, 2}])
IO.inspect(:ets.lookup(t, :x))

# CHECK: [a: 1, a: 1.0, a: 2]
# CHECK-NEXT: [a: 2, a: 1]
# CHECK-NEXT: [a: 1, a: 2]
# CHECK-NEXT: true
# CHECK-NEXT: [a: 2]
# CHECK-NEXT: [x: 1, x: 2, x: 3]
# CHECK-NEXT: [x: 4, x: 3, x: 2, x: 1]
# CHECK-NEXT: [x: 1, x: 2, x: 1]
# CHECK-NEXT: [x: 1, x: 2, x: 1, x: 5]
# CHECK-NEXT: [x: 2, x: 1, x: 4, x: 3]
# CHECK-NEXT: [x: 2, x: 1, x: 4, x: 3]
# CHECK-NEXT: [x: 2]
