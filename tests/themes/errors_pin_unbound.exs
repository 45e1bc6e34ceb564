# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: test -s %t.err
# RUN: not test -s %t.out
# Must be rejected: ^expected pins a variable that does not exist.
defmodule Match do
  def check(value) do
    case value do
      ^expected -> :same
      _ -> :different
    end
  end
end

IO.puts("matching")
IO.inspect(Match.check(1))
