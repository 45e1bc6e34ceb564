# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# fn with several clauses and a guard.
fn
  0 -> :zero
  n when n > 0 -> :pos
end
# CHECK: {:fn, [], [{:->, [], {{\[\[}}0], :zero]}, {:->, [], {{\[\[}}{:when, [], [{:n, [], nil}, {:>, [], [{:n, [], nil}, 0]}]}], :pos]}]}
