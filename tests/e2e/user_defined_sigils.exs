# RUN: %athanor run %s | FileCheck --match-full-lines %s
# A module that defines sigil_x/2 (or imports one) gets ~x as an ordinary call, and a
# function whose name merely starts with sigil_ is called like any other.
defmodule MySigils do
  def sigil_i(string, []), do: String.to_integer(string)
  def sigil_i(string, [?n]), do: -String.to_integer(string)
  def sigil_error(a, b), do: "#{a}:#{b}"
  def run do
    IO.inspect(~i(42))
    IO.inspect(~i(7)n)
    IO.inspect(sigil_error("x", "y"))
    IO.inspect(~w(still builtin))
  end
end
MySigils.run()
defmodule UseIt do
  import MySigils
  def go, do: ~i<100> + 1
end
IO.inspect(UseIt.go())

# CHECK: 42
# CHECK-NEXT: -7
# CHECK-NEXT: "x:y"
# CHECK-NEXT: ["still", "builtin"]
# CHECK-NEXT: 101
