# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# A do-block inside parentheses belongs to the inner call.
foo(bar do
  1
end)
# CHECK: {:foo, [], [{:bar, [], {{\[\[}}do: 1]]}]}
