# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Keyword.merge/2,3 and Keyword.equal?/2.
IO.inspect Keyword.merge([a: 1, b: 2], [a: 3, d: 4])
IO.inspect Keyword.merge([a: 1, b: 2], [a: 3, d: 4, a: 5])
IO.inspect Keyword.merge([a: 1, b: 2, a: 3], [b: 5, c: 6])
IO.inspect Keyword.merge([], [a: 1])
IO.inspect Keyword.merge([a: 1, b: 2], [a: 3, d: 4], fn _k, v1, v2 -> v1 + v2 end)
IO.inspect Keyword.merge([a: 1, b: 2], [a: 3, d: 4, a: 5], fn :a, v1, v2 -> v1 + v2 end)
IO.inspect Keyword.merge([a: 1, b: 2, a: 3], [a: 3, d: 4, a: 5], fn :a, v1, v2 -> v1 + v2 end)
IO.inspect Keyword.equal?([a: 1, b: 2], [b: 2, a: 1])
IO.inspect Keyword.equal?([a: 1, b: 2], [b: 1, a: 2])
IO.inspect Keyword.equal?([a: 1, b: 2, a: 3], [b: 2, a: 3, a: 1])
IO.inspect Keyword.equal?([a: 1.0], [a: 1])
for f <- [fn -> Keyword.merge([a: 1], [2, 3]) end, fn -> Keyword.merge([{1, 2}], [a: 1]) end,
          fn -> Keyword.merge([a: 1, b: 2], [:a, :b], fn _, v1, v2 -> v1 + v2 end) end] do
  try do
    f.()
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end
# CHECK: [b: 2, a: 3, d: 4]
# CHECK-NEXT: [b: 2, a: 3, d: 4, a: 5]
# CHECK-NEXT: [a: 1, a: 3, b: 5, c: 6]
# CHECK-NEXT: [a: 1]
# CHECK-NEXT: [b: 2, a: 4, d: 4]
# CHECK-NEXT: [b: 2, a: 4, d: 4, a: 5]
# CHECK-NEXT: [b: 2, a: 4, d: 4, a: 8]
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: expected a keyword list as the second argument, got: [2, 3]
# CHECK-NEXT: expected a keyword list as the first argument, got: [{1, 2}]
# CHECK-NEXT: expected a keyword list as the second argument, got: [:a, :b]
