# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: test -s %t.err
# RUN: not test -s %t.out
# Must be rejected: `limit` is not bound in the guard.
defmodule Filter do
  def small(list) do
    Enum.filter(list, fn
      x when x < limit -> true
      _ -> false
    end)
  end
end

IO.puts("filtering")
IO.inspect(Filter.small([1, 20, 3]))
