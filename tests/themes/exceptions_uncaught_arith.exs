# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: FileCheck --match-full-lines --input-file %t.out %s
defmodule Stats do
  def mean([]), do: 0 / 0
  def mean(l), do: Enum.sum(l) / length(l)
end
IO.inspect(Stats.mean([1, 2, 3, 4]))
IO.write("partial line without newline")
Stats.mean([])

# CHECK: 2.5
# CHECK-NEXT: partial line without newline
