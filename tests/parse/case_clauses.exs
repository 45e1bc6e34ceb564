# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# case clauses; a clause body collects the following expressions.
case x do
  {:ok, v} when v > 0 -> v
  _ ->
    log()
    nil
end
# CHECK: {:case, [], [{:x, [], nil}, [do: [{:->, [], {{\[\[}}{:when, [], [{:ok, {:v, [], nil}}, {:>, [], [{:v, [], nil}, 0]}]}], {:v, [], nil}]}, {:->, [], {{\[\[}}{:_, [], nil}], {:__block__, [], [{:log, [], []}, nil]}]}]]]}
