# RUN: not %athanor run %s 2>&1 | FileCheck %s
# The diagnostic names the arities that do exist.
defmodule M do
  def run, do: helper(1, 2)
# CHECK: undefined_function_wrong_arity.exs:[[@LINE-1]]:16: error: undefined function helper/2 (only helper/1 is defined in M)
  defp helper(x), do: x
end
