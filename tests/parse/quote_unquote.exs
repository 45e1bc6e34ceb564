# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# quote/unquote are ordinary calls to the parser.
quote do
  unquote(x) + 1
end
# CHECK: {:quote, [], {{\[\[}}do: {:+, [], [{:unquote, [], [{:x, [], nil}]}, 1]}]]}
