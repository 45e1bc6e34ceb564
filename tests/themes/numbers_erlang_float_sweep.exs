# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule P do
  def p(label, f) do
    try do
      IO.puts(label <> " => " <> inspect(f.()))
    rescue
      e -> IO.puts(label <> " !! " <> inspect(e.__struct__) <> ": " <> Exception.message(e))
    catch
      k, v -> IO.puts(label <> " ** " <> inspect({k, v}))
    end
  end
end
P.p(":erlang.float_to_binary(3.14159, [{:decimals, 2}])", fn -> :erlang.float_to_binary(3.14159, [{:decimals, 2}]) end)
P.p(":erlang.float_to_binary(2.5, [:short])", fn -> :erlang.float_to_binary(2.5, [:short]) end)
P.p(":erlang.float_to_binary(1.0e-10, [{:scientific, 3}])", fn -> :erlang.float_to_binary(1.0e-10, [{:scientific, 3}]) end)
P.p(":erlang.float_to_binary(123.456)", fn -> :erlang.float_to_binary(123.456) end)
P.p(":erlang.float_to_list(1.5)", fn -> :erlang.float_to_list(1.5) end)
P.p(":erlang.float_to_binary(0.125, decimals: 2)", fn -> :erlang.float_to_binary(0.125, decimals: 2) end)
P.p(":erlang.float_to_binary(0.135, decimals: 2)", fn -> :erlang.float_to_binary(0.135, decimals: 2) end)
P.p(":erlang.float_to_binary(1.0e20, decimals: 1)", fn -> :erlang.float_to_binary(1.0e20, decimals: 1) end)
P.p(":erlang.float_to_binary(-0.0, decimals: 1)", fn -> :erlang.float_to_binary(-0.0, decimals: 1) end)
P.p(":erlang.float_to_binary(99.995, decimals: 2)", fn -> :erlang.float_to_binary(99.995, decimals: 2) end)
P.p(":erlang.float_to_binary(5.0e-324, [:short])", fn -> :erlang.float_to_binary(5.0e-324, [:short]) end)
P.p(":erlang.integer_to_binary(-255, 16)", fn -> :erlang.integer_to_binary(-255, 16) end)
P.p(":erlang.binary_to_integer(\"-ff\", 16)", fn -> :erlang.binary_to_integer("-ff", 16) end)
P.p(":erlang.binary_to_float(\"1.5e3\")", fn -> :erlang.binary_to_float("1.5e3") end)
P.p(":erlang.list_to_float('2.5')", fn -> :erlang.list_to_float('2.5') end)
P.p(":erlang.round(2.5)", fn -> :erlang.round(2.5) end)
P.p(":erlang.trunc(-2.7)", fn -> :erlang.trunc(-2.7) end)
P.p(":erlang.abs(-3)", fn -> :erlang.abs(-3) end)
P.p(":erlang.float(3)", fn -> :erlang.float(3) end)
P.p(":erlang.div(7, 2)", fn -> :erlang.div(7, 2) end)
P.p(":erlang.rem(-7, 2)", fn -> :erlang.rem(-7, 2) end)
P.p(":erlang.bsl(1, 70)", fn -> :erlang.bsl(1, 70) end)
P.p(":math.ceil(2.1)", fn -> :math.ceil(2.1) end)
P.p(":math.atan2(1, 1)", fn -> :math.atan2(1, 1) end)
P.p(":math.cos(:math.pi())", fn -> :math.cos(:math.pi()) end)
P.p(":math.exp(0)", fn -> :math.exp(0) end)
P.p(":math.pow(10, -3)", fn -> :math.pow(10, -3) end)
P.p(":math.sqrt(1.0e-300)", fn -> :math.sqrt(1.0e-300) end)
P.p(":math.log(2.718281828459045)", fn -> :math.log(2.718281828459045) end)
P.p("Float.to_string(2.5)", fn -> Float.to_string(2.5) end)
P.p("Float.round(12345.6789, 2)", fn -> Float.round(12345.6789, 2) end)
P.p("Float.round(-0.001, 2)", fn -> Float.round(-0.001, 2) end)
P.p("Float.round(0.0, 1)", fn -> Float.round(0.0, 1) end)
P.p("Float.floor(2.9999999999999996)", fn -> Float.floor(2.9999999999999996) end)
P.p("Float.ceil(-2.0000000000000004, 3)", fn -> Float.ceil(-2.0000000000000004, 3) end)
P.p("Integer.to_string(255, 16) |> String.downcase()", fn -> Integer.to_string(255, 16) |> String.downcase() end)
P.p("Float.parse(\"  1.5\")", fn -> Float.parse("  1.5") end)
P.p("Float.parse(\"1.5  \")", fn -> Float.parse("1.5  ") end)
P.p("Float.parse(\"-.5\")", fn -> Float.parse("-.5") end)
P.p("Float.parse(\"1e400\")", fn -> Float.parse("1e400") end)
P.p("String.to_float(\"1.0e400\")", fn -> String.to_float("1.0e400") end)
P.p("1.0e308 + 1.0e308", fn -> 1.0e308 + 1.0e308 end)
P.p("Float.max_finite()", fn -> Float.max_finite() end)
P.p("Float.min_finite()", fn -> Float.min_finite() end)
P.p("Float.pow(2.0, 10)", fn -> Float.pow(2.0, 10) end)
P.p("Float.pow(-8.0, 1 / 3)", fn -> Float.pow(-8.0, 1 / 3) end)

# CHECK: :erlang.float_to_binary(3.14159, [{:decimals, 2}]) => "3.14"
# CHECK-NEXT: :erlang.float_to_binary(2.5, [:short]) => "2.5"
# CHECK-NEXT: :erlang.float_to_binary(1.0e-10, [{:scientific, 3}]) => "1.000e-10"
# CHECK-NEXT: :erlang.float_to_binary(123.456) => "1.23456000000000003070e+02"
# CHECK-NEXT: :erlang.float_to_list(1.5) => '1.50000000000000000000e+00'
# CHECK-NEXT: :erlang.float_to_binary(0.125, decimals: 2) => "0.13"
# CHECK-NEXT: :erlang.float_to_binary(0.135, decimals: 2) => "0.14"
# CHECK-NEXT: :erlang.float_to_binary(1.0e20, decimals: 1) => "100000000000000000000.0"
# CHECK-NEXT: :erlang.float_to_binary(-0.0, decimals: 1) => "-0.0"
# CHECK-NEXT: :erlang.float_to_binary(99.995, decimals: 2) => "100.00"
# CHECK-NEXT: :erlang.float_to_binary(5.0e-324, [:short]) => "5.0e-324"
# CHECK-NEXT: :erlang.integer_to_binary(-255, 16) => "-FF"
# CHECK-NEXT: :erlang.binary_to_integer("-ff", 16) => -255
# CHECK-NEXT: :erlang.binary_to_float("1.5e3") => 1500.0
# CHECK-NEXT: :erlang.list_to_float('2.5') => 2.5
# CHECK-NEXT: :erlang.round(2.5) => 3
# CHECK-NEXT: :erlang.trunc(-2.7) => -2
# CHECK-NEXT: :erlang.abs(-3) => 3
# CHECK-NEXT: :erlang.float(3) => 3.0
# CHECK-NEXT: :erlang.div(7, 2) => 3
# CHECK-NEXT: :erlang.rem(-7, 2) => -1
# CHECK-NEXT: :erlang.bsl(1, 70) => 1180591620717411303424
# CHECK-NEXT: :math.ceil(2.1) => 3.0
# CHECK-NEXT: :math.atan2(1, 1) => 0.7853981633974483
# CHECK-NEXT: :math.cos(:math.pi()) => -1.0
# CHECK-NEXT: :math.exp(0) => 1.0
# CHECK-NEXT: :math.pow(10, -3) => 0.001
# CHECK-NEXT: :math.sqrt(1.0e-300) => 1.0e-150
# CHECK-NEXT: :math.log(2.718281828459045) => 1.0
# CHECK-NEXT: Float.to_string(2.5) => "2.5"
# CHECK-NEXT: Float.round(12345.6789, 2) => 12345.68
# CHECK-NEXT: Float.round(-0.001, 2) => 0.0
# CHECK-NEXT: Float.round(0.0, 1) => 0.0
# CHECK-NEXT: Float.floor(2.9999999999999996) => 2.0
# CHECK-NEXT: Float.ceil(-2.0000000000000004, 3) => -2.0
# CHECK-NEXT: Integer.to_string(255, 16) |> String.downcase() => "ff"
# CHECK-NEXT: Float.parse("  1.5") => :error
# CHECK-NEXT: Float.parse("1.5  ") => {1.5, "  "}
# CHECK-NEXT: Float.parse("-.5") => :error
# CHECK-NEXT: Float.parse("1e400") => :error
# CHECK-NEXT: String.to_float("1.0e400") !! ArgumentError: errors were found at the given arguments:
# CHECK-EMPTY:
# CHECK-NEXT:   * 1st argument: not a textual representation of a float
# CHECK-EMPTY:
# CHECK-NEXT: 1.0e308 + 1.0e308 !! ArithmeticError: bad argument in arithmetic expression
# CHECK-NEXT: Float.max_finite() => 1.7976931348623157e308
# CHECK-NEXT: Float.min_finite() => -1.7976931348623157e308
# CHECK-NEXT: Float.pow(2.0, 10) => 1024.0
# CHECK-NEXT: Float.pow(-8.0, 1 / 3) !! ArithmeticError: bad argument in arithmetic expression
