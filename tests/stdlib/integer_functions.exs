# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Integer.undigits/1,2, to_charlist/1,2 and is_even/is_odd.
defmodule Main do
  require Integer

  def run do
    IO.inspect Integer.undigits([1, 2, 3])
    IO.inspect Integer.undigits([1, 4], 16)
    IO.inspect Integer.undigits([1, 0, 1], 2)
    IO.inspect Integer.undigits([])
    IO.inspect Integer.undigits([-1, 5])
    IO.inspect Integer.undigits([9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9])
    IO.inspect Integer.to_charlist(123)
    IO.inspect Integer.to_charlist(-10)
    IO.inspect Integer.to_charlist(255, 16)
    IO.inspect Integer.to_charlist(100, 36)
    IO.inspect Integer.is_even(10)
    IO.inspect Integer.is_odd(10)
    IO.inspect Integer.is_odd(-3)
    try do
      Integer.undigits([1, 2], 2)
    rescue
      e in ArgumentError -> IO.puts(Exception.message(e))
    end
  end
end

Main.run()
# CHECK: 123
# CHECK-NEXT: 20
# CHECK-NEXT: 5
# CHECK-NEXT: 0
# CHECK-NEXT: -5
# CHECK-NEXT: 999999999999999999999
# CHECK-NEXT: '123'
# CHECK-NEXT: '-10'
# CHECK-NEXT: 'FF'
# CHECK-NEXT: '2S'
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: invalid digit 2 in base 2
