# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: FileCheck --match-full-lines --input-file %t.out %s
defmodule Temp do
  def convert({:c, deg}), do: {:f, deg * 9 / 5 + 32}
  def convert({:f, deg}), do: {:c, (deg - 32) * 5 / 9}
end
IO.inspect(Temp.convert({:c, 100}))
IO.inspect(Temp.convert({:f, 212}))
Enum.map([{:c, 0}, {:k, 273}], &Temp.convert/1) |> IO.inspect()

# CHECK: {:f, 212.0}
# CHECK-NEXT: {:c, 100.0}
