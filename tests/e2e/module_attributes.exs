# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Module attributes are compile-time constants usable in function bodies.
defmodule Conf do
  @limit 3
  @names ["a", "b"]
  def limit, do: @limit
  def names, do: @names
  @limit 5
  def later, do: @limit
end
IO.inspect({Conf.limit(), Conf.names(), Conf.later()})

# CHECK: {3, ["a", "b"], 5}
