# RUN: %athanor run %s | FileCheck --match-full-lines %s
# A function body with rescue/after is an implicit try.
defmodule Safe do
  def divide(a, b) do
    a / b
  rescue
    ArithmeticError -> :infinity
  after
    IO.puts("divided")
  end
end
IO.inspect(Safe.divide(1, 2))
IO.inspect(Safe.divide(1, 0))

# CHECK: divided
# CHECK-NEXT: 0.5
# CHECK-NEXT: divided
# CHECK-NEXT: :infinity
