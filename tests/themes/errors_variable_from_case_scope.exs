# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: test -s %t.err
# RUN: not test -s %t.out
# Must be rejected: `label` is bound inside a fn body and used outside it.
defmodule Tags do
  def run(items) do
    Enum.each(items, fn i -> label = "item #{i}" end)
    label
  end
end

IO.puts("tags")
IO.inspect(Tags.run([1, 2]))
