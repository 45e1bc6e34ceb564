# RUN: %athanor run %s | FileCheck --match-full-lines %s
# No matching function clause raises FunctionClauseError.
defmodule Only do
  def pos(n) when n > 0, do: n
end
try do
  Only.pos(-1)
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end

# CHECK: no function clause matching in Only.pos/1
