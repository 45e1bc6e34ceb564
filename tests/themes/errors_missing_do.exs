# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: test -s %t.err
# RUN: not test -s %t.out
# Must be rejected: `if` without `do`.
defmodule Check do
  def positive?(n) do
    if n > 0
      true
    else
      false
    end
  end
end

IO.puts(Check.positive?(3))
