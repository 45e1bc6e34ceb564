# RUN: %athanor run %s | FileCheck --match-full-lines %s
# `use Bitwise` (deprecated but accepted by Elixir 1.14) imports Bitwise, in a module and at the top level.
defmodule Flags do
  use Bitwise
  @read 0b100
  @write 0b010
  @exec 0b001
  def perms(mode), do: for({name, bit} <- [r: @read, w: @write, x: @exec], (mode &&& bit) != 0, do: name)
  def set(mode, bit), do: mode ||| bit
  def clear(mode, bit), do: mode &&& ~~~bit
  def toggle(mode, bit), do: bxor(mode, bit)
  def shift(x), do: {x <<< 2, x >>> 1}
end
IO.inspect Flags.perms(0b110)
IO.inspect Flags.set(0b100, 0b001)
IO.inspect Flags.clear(0b111, 0b010)
IO.inspect Flags.toggle(0b101, 0b111)
IO.inspect Flags.shift(5)
use Bitwise
IO.inspect 6 &&& 3
IO.inspect band(12, 10) ||| 1

# CHECK: [:r, :w]
# CHECK-NEXT: 5
# CHECK-NEXT: 5
# CHECK-NEXT: 2
# CHECK-NEXT: {20, 2}
# CHECK-NEXT: 2
# CHECK-NEXT: 9
