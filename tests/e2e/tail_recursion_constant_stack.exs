# RUN: %athanor run %s | FileCheck --match-full-lines %s
# A 100,000,000-iteration tail-recursive loop runs in constant stack.
defmodule Loop do
  def count(0, acc), do: acc
  def count(n, acc), do: count(n - 1, acc + 1)
end
IO.inspect(Loop.count(100_000_000, 0))

# CHECK: 100000000
