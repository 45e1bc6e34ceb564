# RUN: not %athanor run %s 2>&1 | FileCheck %s
# Building a struct with a key it does not define is an error.
defmodule P do
  defstruct [:x]
  def make, do: %P{y: 1}
# CHECK: unknown_struct_field.exs:[[@LINE-1]]:20: error: unknown key :y for struct P
end
