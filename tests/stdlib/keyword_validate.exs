# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Keyword.validate/2 and validate!/2: defaults, unknown and duplicate keys.
IO.inspect Keyword.validate([], [one: 1, two: 2])
IO.inspect Keyword.validate([two: 3], [one: 1, two: 2])
IO.inspect Keyword.validate([], [:one, two: 2])
IO.inspect Keyword.validate([one: 1], [:one, two: 2])
IO.inspect Keyword.validate([three: 3, four: 4], [one: 1, two: 2])
IO.inspect Keyword.validate([one: 1, two: 2, one: 1], [:one, :two])
IO.inspect Keyword.validate([c: 1, a: 5], [a: 1, b: 2, c: 3, d: 0])
IO.inspect Keyword.validate!([two: 3], [one: 1, two: 2])
for f <- [fn -> Keyword.validate!([three: 3], [one: 1, two: 2]) end,
          fn -> Keyword.validate!([one: 1, two: 2, one: 1], [:one, :two]) end,
          fn -> Keyword.validate([1], [:a]) end,
          fn -> Keyword.validate([], [1]) end] do
  try do
    f.()
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end
# CHECK: {:ok, [two: 2, one: 1]}
# CHECK-NEXT: {:ok, [one: 1, two: 3]}
# CHECK-NEXT: {:ok, [two: 2]}
# CHECK-NEXT: {:ok, [two: 2, one: 1]}
# CHECK-NEXT: {:error, [:four, :three]}
# CHECK-NEXT: {:error, [:one]}
# CHECK-NEXT: {:ok, [d: 0, b: 2, a: 5, c: 1]}
# CHECK-NEXT: [one: 1, two: 3]
# CHECK-NEXT: unknown keys [:three] in [three: 3], the allowed keys are: [:one, :two]
# CHECK-NEXT: duplicate keys [:one] in [one: 1, two: 2, one: 1]
# CHECK-NEXT: expected a keyword list as first argument, got invalid entry: 1
# CHECK-NEXT: expected the second argument to be a list of atoms or tuples, got: 1
