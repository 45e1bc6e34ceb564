# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.sort_by/2,3 is stable for :asc and :desc, and takes sorter functions.
IO.inspect Enum.sort_by(["some", "kind", "of", "monster"], &byte_size/1)
IO.inspect Enum.sort_by(["some", "kind", "of", "monster"], &{byte_size(&1), String.first(&1)})
IO.inspect Enum.sort_by(["some", "kind", "of", "monster"], &byte_size/1, &>=/2)
IO.inspect Enum.sort_by(["some", "kind", "of", "monster"], &byte_size/1, :desc)
IO.inspect Enum.sort_by(["some", "kind", "of", "monster"], &byte_size/1, &</2)
IO.inspect Enum.sort_by([{1, :a}, {1.0, :b}], &elem(&1, 0), :desc)
IO.inspect Enum.sort_by(%{c: 1, a: 3, b: 2}, fn {_, v} -> v end)
IO.inspect Enum.sort_by(1..6, &rem(&1, 3))
IO.inspect Enum.sort_by([], & &1)
# CHECK: ["of", "some", "kind", "monster"]
# CHECK-NEXT: ["of", "kind", "some", "monster"]
# CHECK-NEXT: ["monster", "some", "kind", "of"]
# CHECK-NEXT: ["monster", "some", "kind", "of"]
# CHECK-NEXT: ["of", "kind", "some", "monster"]
# CHECK-NEXT: [{1, :a}, {1.0, :b}]
# CHECK-NEXT: [c: 1, b: 2, a: 3]
# CHECK-NEXT: [3, 6, 1, 4, 2, 5]
# CHECK-NEXT: []
