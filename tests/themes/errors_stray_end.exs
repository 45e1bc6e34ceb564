# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: test -s %t.err
# RUN: not test -s %t.out
# Must be rejected: one `end` too many.
defmodule Greeter do
  def hello(name) do
    if name == "" do
      "Hello, stranger"
    else
      "Hello, #{name}"
    end
  end
  end
end

IO.puts(Greeter.hello("Ann"))
