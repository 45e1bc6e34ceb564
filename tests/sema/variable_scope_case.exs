# RUN: not %athanor run %s 2>&1 | FileCheck %s
# Variables bound inside a case clause do not leak out of it.
case 1 do
  1 -> inner = :bound
end
IO.inspect(inner)
# CHECK: variable_scope_case.exs:[[@LINE-1]]:12: error: undefined variable "inner"
