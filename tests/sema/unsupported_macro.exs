# RUN: not %athanor run %s 2>&1 | FileCheck %s
# User macros are out of scope and rejected with a clear message.
defmodule M do
  defmacro twice(x), do: x
# CHECK: unsupported_macro.exs:[[@LINE-1]]:3: error: `defmacro` is not supported by Athanor
end
