# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Bitwise functions and operators (imported in a module).
defmodule Bits do
  import Bitwise

  def run do
    IO.inspect band(12, 10)
    IO.inspect bor(12, 10)
    IO.inspect bxor(12, 10)
    IO.inspect bnot(5)
    IO.inspect bsl(1, 70)
    IO.inspect bsr(-16, 2)
    IO.inspect 12 &&& 10
    IO.inspect 12 ||| 10
    IO.inspect 1 <<< 3
    IO.inspect 64 >>> 3
    IO.inspect ~~~0
  end
end

Bits.run()
IO.inspect Bitwise.band(3, 5)
IO.inspect Bitwise.bsl(-1, 2)
# CHECK: 8
# CHECK-NEXT: 14
# CHECK-NEXT: 6
# CHECK-NEXT: -6
# CHECK-NEXT: 1180591620717411303424
# CHECK-NEXT: -4
# CHECK-NEXT: 8
# CHECK-NEXT: 14
# CHECK-NEXT: 8
# CHECK-NEXT: 8
# CHECK-NEXT: -1
# CHECK-NEXT: 1
# CHECK-NEXT: -4
