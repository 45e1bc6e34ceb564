# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.sort/2 with strict sorters gives exactly Erlang's lists:sort/2 order.
IO.inspect Enum.sort(["some", "kind", "of", "monster"], &(byte_size(&1) < byte_size(&2)))
IO.inspect Enum.sort([{1, :a}, {1, :b}, {0, :c}], fn {a, _}, {b, _} -> a < b end)
IO.inspect Enum.sort([{1, :a}, {1, :b}, {0, :c}, {1, :d}, {0, :e}], fn {a, _}, {b, _} -> a > b end)
data = for i <- 1..30, do: {rem(i * 7, 5), i}
IO.inspect Enum.sort(data, fn {a, _}, {b, _} -> a < b end)
IO.inspect Enum.sort(data, fn {a, _}, {b, _} -> a > b end)
IO.inspect Enum.sort(data, fn {a, _}, {b, _} -> a >= b end)
# CHECK: ["of", "kind", "some", "monster"]
# CHECK-NEXT: [{0, :c}, {1, :b}, {1, :a}]
# CHECK-NEXT: [{1, :d}, {1, :b}, {1, :a}, {0, :e}, {0, :c}]
# CHECK-NEXT: [
# CHECK-NEXT:   {0, 30},
# CHECK-NEXT:   {0, 25},
# CHECK-NEXT:   {0, 20},
# CHECK-NEXT:   {0, 15},
# CHECK-NEXT:   {0, 10},
# CHECK-NEXT:   {0, 5},
# CHECK-NEXT:   {1, 28},
# CHECK-NEXT:   {1, 23},
# CHECK-NEXT:   {1, 18},
# CHECK-NEXT:   {1, 13},
# CHECK-NEXT:   {1, 8},
# CHECK-NEXT:   {1, 3},
# CHECK-NEXT:   {2, 26},
# CHECK-NEXT:   {2, 21},
# CHECK-NEXT:   {2, 16},
# CHECK-NEXT:   {2, 11},
# CHECK-NEXT:   {2, 6},
# CHECK-NEXT:   {2, 1},
# CHECK-NEXT:   {3, 29},
# CHECK-NEXT:   {3, 24},
# CHECK-NEXT:   {3, 19},
# CHECK-NEXT:   {3, 14},
# CHECK-NEXT:   {3, 9},
# CHECK-NEXT:   {3, 4},
# CHECK-NEXT:   {4, 27},
# CHECK-NEXT:   {4, 22},
# CHECK-NEXT:   {4, 17},
# CHECK-NEXT:   {4, 12},
# CHECK-NEXT:   {4, 7},
# CHECK-NEXT:   {4, 2}
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   {4, 27},
# CHECK-NEXT:   {4, 22},
# CHECK-NEXT:   {4, 17},
# CHECK-NEXT:   {4, 12},
# CHECK-NEXT:   {4, 7},
# CHECK-NEXT:   {4, 2},
# CHECK-NEXT:   {3, 29},
# CHECK-NEXT:   {3, 24},
# CHECK-NEXT:   {3, 19},
# CHECK-NEXT:   {3, 14},
# CHECK-NEXT:   {3, 9},
# CHECK-NEXT:   {3, 4},
# CHECK-NEXT:   {2, 26},
# CHECK-NEXT:   {2, 21},
# CHECK-NEXT:   {2, 16},
# CHECK-NEXT:   {2, 11},
# CHECK-NEXT:   {2, 6},
# CHECK-NEXT:   {2, 1},
# CHECK-NEXT:   {1, 28},
# CHECK-NEXT:   {1, 23},
# CHECK-NEXT:   {1, 18},
# CHECK-NEXT:   {1, 13},
# CHECK-NEXT:   {1, 8},
# CHECK-NEXT:   {1, 3},
# CHECK-NEXT:   {0, 30},
# CHECK-NEXT:   {0, 25},
# CHECK-NEXT:   {0, 20},
# CHECK-NEXT:   {0, 15},
# CHECK-NEXT:   {0, 10},
# CHECK-NEXT:   {0, 5}
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   {4, 2},
# CHECK-NEXT:   {4, 7},
# CHECK-NEXT:   {4, 12},
# CHECK-NEXT:   {4, 17},
# CHECK-NEXT:   {4, 22},
# CHECK-NEXT:   {4, 27},
# CHECK-NEXT:   {3, 4},
# CHECK-NEXT:   {3, 9},
# CHECK-NEXT:   {3, 14},
# CHECK-NEXT:   {3, 19},
# CHECK-NEXT:   {3, 24},
# CHECK-NEXT:   {3, 29},
# CHECK-NEXT:   {2, 1},
# CHECK-NEXT:   {2, 6},
# CHECK-NEXT:   {2, 11},
# CHECK-NEXT:   {2, 16},
# CHECK-NEXT:   {2, 21},
# CHECK-NEXT:   {2, 26},
# CHECK-NEXT:   {1, 3},
# CHECK-NEXT:   {1, 8},
# CHECK-NEXT:   {1, 13},
# CHECK-NEXT:   {1, 18},
# CHECK-NEXT:   {1, 23},
# CHECK-NEXT:   {1, 28},
# CHECK-NEXT:   {0, 5},
# CHECK-NEXT:   {0, 10},
# CHECK-NEXT:   {0, 15},
# CHECK-NEXT:   {0, 20},
# CHECK-NEXT:   {0, 25},
# CHECK-NEXT:   {0, 30}
# CHECK-NEXT: ]
