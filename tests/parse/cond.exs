# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# cond clauses.
cond do
  x > 1 -> :a
  true -> :b
end
# CHECK: {:cond, [], {{\[\[}}do: [{:->, [], {{\[\[}}{:>, [], [{:x, [], nil}, 1]}], :a]}, {:->, [], {{\[\[}}true], :b]}]]]}
