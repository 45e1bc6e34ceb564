# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Captures of local, remote and operator functions, and capture expressions.
defmodule Cap do
  def double(x), do: x * 2
  def run, do: Enum.map([1, 2], &double/1)
end
IO.inspect(Cap.run())
IO.inspect(Enum.map(["a", "b"], &String.upcase/1))
IO.inspect(Enum.reduce([1, 2, 3], 0, &+/2))
IO.inspect(Enum.map([1, 2], &{&1, &1 * 10}))
IO.inspect((&Cap.double/1).(21))
IO.inspect(is_function(&Cap.double/1, 1))

# CHECK: [2, 4]
# CHECK-NEXT: ["A", "B"]
# CHECK-NEXT: 6
# CHECK-NEXT: [{1, 10}, {2, 20}]
# CHECK-NEXT: 42
# CHECK-NEXT: true
