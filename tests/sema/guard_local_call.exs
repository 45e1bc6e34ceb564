# RUN: not %athanor run %s 2>&1 | FileCheck %s
# Only guard-safe functions may be called in guards.
defmodule G do
  def ok?(x), do: x > 0
  def f(x) when ok?(x), do: x
# CHECK: guard_local_call.exs:[[@LINE-1]]:17: error: cannot invoke local ok?/1 inside guards
end
