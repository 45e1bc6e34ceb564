# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: FileCheck --match-full-lines --input-file %t.out %s
# RUN: FileCheck --check-prefix=ERR --input-file %t.err %s
# Integer.is_even/is_odd are macros: usable once Integer is required or imported. Without
# that Elixir 1.14 compiles a function call, which raises UndefinedFunctionError when it
# runs (after the output before it).
defmodule Parity do
  require Integer
  def kind(x) when Integer.is_even(x), do: :even
  def kind(_), do: :odd
end
defmodule Imported do
  import Integer, only: [is_odd: 1]
  def odd?(x), do: is_odd(x)
end
IO.inspect({Parity.kind(4), Parity.kind(7), Imported.odd?(3)})
IO.puts("before")
IO.inspect(Integer.is_even(4))
IO.puts("never")
# CHECK: {:even, :odd, true}
# CHECK-NEXT: before
# CHECK-NOT: never
# ERR: warning: you must require Integer before invoking the macro Integer.is_even/1
# ERR: (UndefinedFunctionError) function Integer.is_even/1 is undefined or private
