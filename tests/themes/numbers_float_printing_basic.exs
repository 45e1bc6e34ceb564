# RUN: %athanor run %s | FileCheck --match-full-lines %s
floats = [0.0, -0.0, 1.0, 0.1, 0.5, 1.5, 100.0, 1000.0, 12345.678, 1.0e15, 1.0e16, 1.0e17,
  123456789012345.6, 0.001, 0.0001, 1.0e-10, 2.5e-5, 3.14159, 2.0 / 3, 1 / 3, 1.0e100,
  5.0e-324, 1.7976931348623157e308, 0.30000000000000004, 1.0e21, 1.0e22, 123.456e5]
for f <- floats do
  IO.puts("#{inspect(f)}  |  #{f}  |  #{Float.to_string(f)}")
end
IO.inspect(Float.round(2.675, 2))
IO.inspect(Float.round(3.14159, 3))
IO.inspect(Float.round(-1.5))
IO.inspect(Float.ceil(1.001, 2))
IO.inspect(Float.floor(-1.001, 1))
IO.inspect(round(2.5))
IO.inspect(round(-2.5))
IO.inspect(trunc(-3.9))
IO.inspect(ceil(3.1))
IO.inspect(floor(-3.1))
IO.inspect(100 * 1.1)
IO.inspect(0.1 + 0.2 == 0.3)
IO.inspect(1 == 1.0)
IO.inspect(1 === 1.0)
IO.inspect(max(1, 1.0))
IO.inspect(min(1.0, 1))
IO.inspect(:math.sqrt(2))
IO.inspect(:math.pi())
IO.inspect(:math.sin(0))
IO.inspect(:math.log(:math.exp(1)))
IO.inspect(:math.log10(1000))
IO.inspect(:math.log2(1024))
IO.inspect(:math.floor(2.7))
IO.inspect(Float.to_string(1.0e-7))
IO.inspect(:erlang.float_to_binary(3.14159, decimals: 2))
IO.inspect(:erlang.float_to_binary(1.0, [:compact, decimals: 4]))
IO.inspect(Float.ratio(0.75))
IO.inspect(is_float(1.0e3))
IO.inspect(10 / 2)
IO.inspect(7 / 7)
IO.inspect(2.0 ** 0.5)
IO.inspect(2 ** -1)
IO.inspect(Float.parse("0.1"))
IO.inspect(String.to_float("1.0e2"))

# CHECK: 0.0  |  0.0  |  0.0
# CHECK-NEXT: -0.0  |  -0.0  |  -0.0
# CHECK-NEXT: 1.0  |  1.0  |  1.0
# CHECK-NEXT: 0.1  |  0.1  |  0.1
# CHECK-NEXT: 0.5  |  0.5  |  0.5
# CHECK-NEXT: 1.5  |  1.5  |  1.5
# CHECK-NEXT: 100.0  |  100.0  |  100.0
# CHECK-NEXT: 1000.0  |  1.0e3  |  1.0e3
# CHECK-NEXT: 12345.678  |  12345.678  |  12345.678
# CHECK-NEXT: 1000000000000000.0  |  1.0e15  |  1.0e15
# CHECK-NEXT: 1.0e16  |  1.0e16  |  1.0e16
# CHECK-NEXT: 1.0e17  |  1.0e17  |  1.0e17
# CHECK-NEXT: 123456789012345.6  |  123456789012345.6  |  123456789012345.6
# CHECK-NEXT: 0.001  |  0.001  |  0.001
# CHECK-NEXT: 0.0001  |  0.0001  |  0.0001
# CHECK-NEXT: 1.0e-10  |  1.0e-10  |  1.0e-10
# CHECK-NEXT: 2.5e-5  |  2.5e-5  |  2.5e-5
# CHECK-NEXT: 3.14159  |  3.14159  |  3.14159
# CHECK-NEXT: 0.6666666666666666  |  0.6666666666666666  |  0.6666666666666666
# CHECK-NEXT: 0.3333333333333333  |  0.3333333333333333  |  0.3333333333333333
# CHECK-NEXT: 1.0e100  |  1.0e100  |  1.0e100
# CHECK-NEXT: 5.0e-324  |  5.0e-324  |  5.0e-324
# CHECK-NEXT: 1.7976931348623157e308  |  1.7976931348623157e308  |  1.7976931348623157e308
# CHECK-NEXT: 0.30000000000000004  |  0.30000000000000004  |  0.30000000000000004
# CHECK-NEXT: 1.0e21  |  1.0e21  |  1.0e21
# CHECK-NEXT: 1.0e22  |  1.0e22  |  1.0e22
# CHECK-NEXT: 12345600.0  |  1.23456e7  |  1.23456e7
# CHECK-NEXT: 2.67
# CHECK-NEXT: 3.142
# CHECK-NEXT: -2.0
# CHECK-NEXT: 1.01
# CHECK-NEXT: -1.1
# CHECK-NEXT: 3
# CHECK-NEXT: -3
# CHECK-NEXT: -3
# CHECK-NEXT: 4
# CHECK-NEXT: -4
# CHECK-NEXT: 110.00000000000001
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: 1
# CHECK-NEXT: 1.0
# CHECK-NEXT: 1.4142135623730951
# CHECK-NEXT: 3.141592653589793
# CHECK-NEXT: 0.0
# CHECK-NEXT: 1.0
# CHECK-NEXT: 3.0
# CHECK-NEXT: 10.0
# CHECK-NEXT: 2.0
# CHECK-NEXT: "1.0e-7"
# CHECK-NEXT: "3.14"
# CHECK-NEXT: "1.0"
# CHECK-NEXT: {3, 4}
# CHECK-NEXT: true
# CHECK-NEXT: 5.0
# CHECK-NEXT: 1.0
# CHECK-NEXT: 1.4142135623730951
# CHECK-NEXT: 0.5
# CHECK-NEXT: {0.1, ""}
# CHECK-NEXT: 100.0
