# RUN: not %athanor run %s 2>&1 | FileCheck %s
# A call to a local function that does not exist rejects the whole program.
IO.puts("never printed")
defmodule M do
  def run, do: shout("x")
# CHECK: undefined_function.exs:[[@LINE-1]]:16: error: undefined function shout/1
end
