# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Keyword.put/3 (removes duplicates, puts first), put_new/3, put_new_lazy/3, delete/2, delete_first/2.
kw = [a: 1, b: 2, a: 3]
IO.inspect Keyword.put([a: 1], :b, 2)
IO.inspect Keyword.put(kw, :a, 9)
IO.inspect Keyword.put(kw, :c, 9)
IO.inspect Keyword.put_new(kw, :c, 9)
IO.inspect Keyword.put_new(kw, :a, 9)
IO.inspect Keyword.put_new_lazy(kw, :c, fn -> 13 end)
IO.inspect Keyword.put_new_lazy(kw, :a, fn -> 13 end)
IO.inspect Keyword.delete(kw, :a)
IO.inspect Keyword.delete(kw, :z)
IO.inspect Keyword.delete_first(kw, :a)
IO.inspect Keyword.delete_first([b: 2], :a)
IO.inspect Keyword.drop(kw, [:a])
IO.inspect Keyword.take(kw, [:a])
IO.inspect Keyword.split(kw, [:a, :c])
# CHECK: [b: 2, a: 1]
# CHECK-NEXT: [a: 9, b: 2]
# CHECK-NEXT: [c: 9, a: 1, b: 2, a: 3]
# CHECK-NEXT: [c: 9, a: 1, b: 2, a: 3]
# CHECK-NEXT: [a: 1, b: 2, a: 3]
# CHECK-NEXT: [c: 13, a: 1, b: 2, a: 3]
# CHECK-NEXT: [a: 1, b: 2, a: 3]
# CHECK-NEXT: [b: 2]
# CHECK-NEXT: [a: 1, b: 2, a: 3]
# CHECK-NEXT: [b: 2, a: 3]
# CHECK-NEXT: [b: 2]
# CHECK-NEXT: [b: 2]
# CHECK-NEXT: [a: 1, a: 3]
# CHECK-NEXT: {[a: 1, a: 3], [b: 2]}
