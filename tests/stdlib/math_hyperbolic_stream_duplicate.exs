# RUN: %athanor run %s | FileCheck --match-full-lines %s
# :math inverse trigonometric, hyperbolic and error functions; Stream.duplicate/2.
for f <- [:asin, :acos, :sinh, :cosh, :tanh, :asinh, :erf, :erfc] do
  IO.puts "#{f}: #{apply(:math, f, [0.5])}"
end
IO.inspect :math.acosh(2)
IO.inspect :math.atanh(0.25)
IO.inspect :math.asin(1)
try do
  :math.asin(2)
rescue
  e -> IO.inspect(e)
end
try do
  :math.acosh(:x)
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect Stream.duplicate(:a, 3) |> Enum.to_list()
IO.inspect Stream.duplicate("x", 0) |> Enum.to_list()
IO.inspect Stream.duplicate(1, 5) |> Stream.map(&(&1 * 2)) |> Enum.sum()

# CHECK: asin: 0.5235987755982989
# CHECK-NEXT: acos: 1.0471975511965979
# CHECK-NEXT: sinh: 0.5210953054937474
# CHECK-NEXT: cosh: 1.1276259652063807
# CHECK-NEXT: tanh: 0.46211715726000974
# CHECK-NEXT: asinh: 0.48121182505960347
# CHECK-NEXT: erf: 0.5204998778130465
# CHECK-NEXT: erfc: 0.4795001221869535
# CHECK-NEXT: 1.3169578969248166
# CHECK-NEXT: 0.25541281188299536
# CHECK-NEXT: 1.5707963267948966
# CHECK-NEXT: %ArithmeticError{message: "bad argument in arithmetic expression"}
# CHECK-NEXT: errors were found at the given arguments:
# CHECK-EMPTY:
# CHECK-NEXT:   * 1st argument: not a number
# CHECK-EMPTY:
# CHECK-NEXT: [:a, :a, :a]
# CHECK-NEXT: []
# CHECK-NEXT: 10
