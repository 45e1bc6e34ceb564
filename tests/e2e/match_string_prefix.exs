# RUN: %athanor run %s | FileCheck --match-full-lines %s
# "prefix" <> rest patterns in case clauses and function heads.
defmodule Cmd do
  def parse("get " <> key), do: {:get, key}
  def parse("set " <> rest), do: {:set, rest}
  def parse(other), do: {:unknown, other}
end
IO.inspect(Cmd.parse("get a"))
IO.inspect(Cmd.parse("set b 1"))
IO.inspect(Cmd.parse("del"))

# CHECK: {:get, "a"}
# CHECK-NEXT: {:set, "b 1"}
# CHECK-NEXT: {:unknown, "del"}
