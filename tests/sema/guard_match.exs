# RUN: not %athanor run %s 2>&1 | FileCheck %s
# `=` is not allowed in guards.
defmodule G do
  def f(x) when x = 1, do: x
# CHECK: guard_match.exs:[[@LINE-1]]:17: error: invalid expression in guards, = is not allowed in guards
end
