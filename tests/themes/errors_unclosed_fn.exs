# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: test -s %t.err
# RUN: not test -s %t.out
# Must be rejected: the anonymous function is never closed.
defmodule Calc do
  def apply_all(list) do
    Enum.map(list, fn x ->
      x * 2
  end
end

IO.puts("before")
IO.inspect(Calc.apply_all([1, 2, 3]))
