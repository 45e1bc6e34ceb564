# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: test -s %t.err
# RUN: not test -s %t.out
# Must be rejected: a tuple opened with { is closed with ].
defmodule Shapes do
  def unit_square, do: {:rect, 0, 0, 1, 1]
end

IO.puts("shapes")
IO.inspect(Shapes.unit_square())
