# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Range.new/2,3 and range literals: implied steps, inspect, errors.
IO.inspect Range.new(1, 3)
IO.inspect Range.new(3, 1)
IO.inspect Range.new(1, 10, 3)
IO.inspect Range.new(10, 1, -2)
IO.inspect Range.new(1, 0, 1)
IO.inspect Enum.to_list(Range.new(1, 10, 3))
a = 5
b = 2
IO.inspect a..b
IO.inspect Enum.to_list(b..a)
first..last//step = 1..9//4
IO.inspect {first, last, step}
for f <- [fn -> Range.new(1, :a) end, fn -> Range.new(1.0, 2) end, fn -> Range.new(1, 2, 0) end] do
  try do
    f.()
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end
# CHECK: 1..3
# CHECK-NEXT: 3..1//-1
# CHECK-NEXT: 1..10//3
# CHECK-NEXT: 10..1//-2
# CHECK-NEXT: 1..0//1
# CHECK-NEXT: [1, 4, 7, 10]
# CHECK-NEXT: 5..2//-1
# CHECK-NEXT: [2, 3, 4, 5]
# CHECK-NEXT: {1, 9, 4}
# CHECK-NEXT: ranges (first..last) expect both sides to be integers, got: 1..:a
# CHECK-NEXT: ranges (first..last) expect both sides to be integers, got: 1.0..2
# CHECK-NEXT: ranges (first..last//step) expect both sides to be integers and the step to be a non-zero integer, got: 1..2//0
