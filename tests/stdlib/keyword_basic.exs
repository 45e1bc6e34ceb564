# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Keyword.get/2,3, get_lazy/3, get_values/2, fetch/2, fetch!/2, has_key?/2, keys/1, values/1, keyword?/1.
kw = [a: 1, b: 2, a: 3]
IO.inspect Keyword.get(kw, :a)
IO.inspect Keyword.get(kw, :z)
IO.inspect Keyword.get(kw, :z, 0)
IO.inspect Keyword.get_lazy(kw, :z, fn -> 13 end)
IO.inspect Keyword.get_values(kw, :a)
IO.inspect Keyword.get_values(kw, :z)
IO.inspect Keyword.fetch(kw, :a)
IO.inspect Keyword.fetch(kw, :z)
IO.inspect Keyword.fetch!(kw, :b)
IO.inspect Keyword.has_key?(kw, :b)
IO.inspect Keyword.has_key?(kw, :z)
IO.inspect Keyword.keys(kw)
IO.inspect Keyword.values(kw)
IO.inspect Keyword.keyword?([a: 1])
IO.inspect Keyword.keyword?([])
IO.inspect Keyword.keyword?([{"a", 1}])
IO.inspect Keyword.keyword?([{:a, 1, 2}])
IO.inspect Keyword.to_list(kw)
# CHECK: 1
# CHECK-NEXT: nil
# CHECK-NEXT: 0
# CHECK-NEXT: 13
# CHECK-NEXT: [1, 3]
# CHECK-NEXT: []
# CHECK-NEXT: {:ok, 1}
# CHECK-NEXT: :error
# CHECK-NEXT: 2
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: [:a, :b, :a]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: false
# CHECK-NEXT: [a: 1, b: 2, a: 3]
