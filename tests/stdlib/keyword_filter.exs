# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Keyword.filter/2, reject/2 and the deprecated Keyword.map/2.
kw = [one: 1, two: 2, three: 3]
IO.inspect Keyword.filter(kw, fn {_key, val} -> rem(val, 2) == 1 end)
IO.inspect Keyword.reject(kw, fn {_key, val} -> rem(val, 2) == 1 end)
IO.inspect Keyword.new(kw, fn {k, v} -> {k, v * 2} end)
# CHECK: [one: 1, three: 3]
# CHECK-NEXT: [two: 2]
# CHECK-NEXT: [one: 2, two: 4, three: 6]
