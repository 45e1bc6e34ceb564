# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: test -s %t.err
# RUN: not test -s %t.out
# Must be rejected: a string literal is never closed.
defmodule Banner do
  def show(name) do
    IO.puts("Welcome, #{name}!)
  end
end

Banner.show("Ann")
IO.puts("done")
