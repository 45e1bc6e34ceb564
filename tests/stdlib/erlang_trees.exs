# RUN: %athanor run %s | FileCheck --match-full-lines %s
# :gb_trees and :gb_sets keep OTP's tree shapes; :orddict, :ordsets and :sets basics.
t = Enum.reduce([5, 3, 8, 1, 4], :gb_trees.empty(), fn k, t -> :gb_trees.insert(k, k * 10, t) end)
IO.inspect t
IO.inspect :gb_trees.to_list(t)
IO.inspect :gb_trees.smallest(t); IO.inspect :gb_trees.largest(t)
IO.inspect :gb_trees.take_smallest(t)
IO.inspect :gb_trees.lookup(4, t); IO.inspect :gb_trees.lookup(7, t); IO.inspect :gb_trees.get(8, t)
IO.inspect :gb_trees.enter(4, :x, t)
IO.inspect :gb_trees.delete(3, t)
IO.inspect :gb_trees.keys(t); IO.inspect :gb_trees.values(t); IO.inspect :gb_trees.size(t)
IO.inspect :gb_trees.map(fn k, v -> k + v end, t)
IO.inspect :gb_trees.balance(t)
big = Enum.reduce(1..20, :gb_trees.empty(), fn k, t -> :gb_trees.insert(k, k, t) end)
IO.inspect big
big2 = Enum.reduce(Enum.shuffle(1..0//1) ++ [10, 3, 17, 1, 8, 12, 5, 20, 15, 2, 7, 19, 4, 11, 6, 13, 9, 18, 14, 16], :gb_trees.empty(), fn k, t -> :gb_trees.insert(k, k, t) end)
IO.inspect big2
it = :gb_trees.iterator(t)
{k, v, it} = :gb_trees.next(it); IO.inspect {k, v}
{k, v, _} = :gb_trees.next(it); IO.inspect {k, v}
IO.inspect :gb_trees.from_orddict([{1, :a}, {2, :b}, {3, :c}])
s = :gb_sets.from_list([3, 1, 2, 5])
IO.inspect s
IO.inspect :gb_sets.to_list(:gb_sets.add(4, s))
IO.inspect Enum.reduce(1..10, :gb_sets.empty(), &:gb_sets.add/2)
IO.inspect :gb_sets.take_smallest(s)
IO.inspect :gb_sets.is_member(2, s)
IO.inspect :orddict.store(:b, 2, :orddict.store(:a, 1, :orddict.new()))
d = :orddict.from_list([{:c, 3}, {:a, 1}, {:b, 2}])
IO.inspect d; IO.inspect :orddict.find(:b, d); IO.inspect :orddict.fetch(:c, d); IO.inspect :orddict.erase(:a, d)
IO.inspect :orddict.update_counter(:a, 5, d); IO.inspect :orddict.append(:z, 1, d)
IO.inspect :ordsets.from_list([3, 1, 2, 1]); IO.inspect :ordsets.union([1, 3], [2, 3]); IO.inspect :ordsets.add_element(2, [1, 3])
IO.inspect :ordsets.intersection([1, 2, 3], [2, 3, 4]); IO.inspect :ordsets.subtract([1, 2, 3], [2])
IO.inspect :sets.size(:sets.from_list([1, 2, 2]))
IO.inspect :sets.is_element(2, :sets.from_list([1, 2]))
IO.inspect :lists.umerge([1, 3, 5], [2, 3, 6])
# CHECK: {5, {5, 50, {3, 30, {1, 10, nil, nil}, {4, 40, nil, nil}}, {8, 80, nil, nil}}}
# CHECK-NEXT: [{1, 10}, {3, 30}, {4, 40}, {5, 50}, {8, 80}]
# CHECK-NEXT: {1, 10}
# CHECK-NEXT: {8, 80}
# CHECK-NEXT: {1, 10, {4, {5, 50, {3, 30, nil, {4, 40, nil, nil}}, {8, 80, nil, nil}}}}
# CHECK-NEXT: {:value, 40}
# CHECK-NEXT: :none
# CHECK-NEXT: 80
# CHECK-NEXT: {5, {5, 50, {3, 30, {1, 10, nil, nil}, {4, :x, nil, nil}}, {8, 80, nil, nil}}}
# CHECK-NEXT: {4, {5, 50, {4, 40, {1, 10, nil, nil}, nil}, {8, 80, nil, nil}}}
# CHECK-NEXT: [1, 3, 4, 5, 8]
# CHECK-NEXT: [10, 30, 40, 50, 80]
# CHECK-NEXT: 5
# CHECK-NEXT: {5, {5, 55, {3, 33, {1, 11, nil, nil}, {4, 44, nil, nil}}, {8, 88, nil, nil}}}
# CHECK-NEXT: {5, {4, 40, {3, 30, {1, 10, nil, nil}, nil}, {8, 80, {5, 50, nil, nil}, nil}}}
# CHECK-NEXT: {20,
# CHECK-NEXT:  {4, 4, {2, 2, {1, 1, nil, nil}, {3, 3, nil, nil}},
# CHECK-NEXT:   {12, 12,
# CHECK-NEXT:    {8, 8, {6, 6, {5, 5, nil, nil}, {7, 7, nil, nil}},
# CHECK-NEXT:     {10, 10, {9, 9, nil, nil}, {11, 11, nil, nil}}},
# CHECK-NEXT:    {16, 16, {14, 14, {13, 13, nil, nil}, {15, 15, nil, nil}},
# CHECK-NEXT:     {18, 18, {17, 17, nil, nil}, {19, 19, nil, {20, 20, nil, nil}}}}}}}
# CHECK-NEXT: {20,
# CHECK-NEXT:  {10, 10,
# CHECK-NEXT:   {3, 3, {1, 1, nil, {2, 2, nil, nil}},
# CHECK-NEXT:    {8, 8, {5, 5, {4, 4, nil, nil}, {7, 7, {6, 6, nil, nil}, nil}},
# CHECK-NEXT:     {9, 9, nil, nil}}},
# CHECK-NEXT:   {17, 17,
# CHECK-NEXT:    {12, 12, {11, 11, nil, nil},
# CHECK-NEXT:     {15, 15, {13, 13, nil, {14, 14, nil, nil}}, {16, 16, nil, nil}}},
# CHECK-NEXT:    {20, 20, {19, 19, {18, 18, nil, nil}, nil}, nil}}}}
# CHECK-NEXT: {1, 10}
# CHECK-NEXT: {3, 30}
# CHECK-NEXT: {3, {2, :b, {1, :a, nil, nil}, {3, :c, nil, nil}}}
# CHECK-NEXT: {4, {3, {2, {1, nil, nil}, nil}, {5, nil, nil}}}
# CHECK-NEXT: [1, 2, 3, 4, 5]
# CHECK-NEXT: {10,
# CHECK-NEXT:  {4, {2, {1, nil, nil}, {3, nil, nil}},
# CHECK-NEXT:   {6, {5, nil, nil}, {7, nil, {8, nil, {9, nil, {10, nil, nil}}}}}}}
# CHECK-NEXT: {1, {3, {3, {2, nil, nil}, {5, nil, nil}}}}
# CHECK-NEXT: true
# CHECK-NEXT: [a: 1, b: 2]
# CHECK-NEXT: [a: 1, b: 2, c: 3]
# CHECK-NEXT: {:ok, 2}
# CHECK-NEXT: 3
# CHECK-NEXT: [b: 2, c: 3]
# CHECK-NEXT: [a: 6, b: 2, c: 3]
# CHECK-NEXT: [a: 1, b: 2, c: 3, z: [1]]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [2, 3]
# CHECK-NEXT: [1, 3]
# CHECK-NEXT: 2
# CHECK-NEXT: true
# CHECK-NEXT: [1, 2, 3, 5, 6]
