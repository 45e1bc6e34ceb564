# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Body recursion 1,000,000 frames deep (the process stack grows).
defmodule Deep do
  def build(0), do: []
  def build(n), do: [n | build(n - 1)]
end
IO.inspect(length(Deep.build(1_000_000)))

# CHECK: 1000000
