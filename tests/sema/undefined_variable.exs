# RUN: not %athanor run %s 2>&1 | FileCheck %s
# Reading a variable that is not bound is an error, with the source line and a caret.
defmodule Calc do
  def area(w, _h), do: w * height
# CHECK: undefined_variable.exs:[[@LINE-1]]:28: error: undefined variable "height"
# CHECK-NEXT: {{^}}      def area(w, _h), do: w * height
# CHECK-NEXT: {{^}}                               ^
end
