# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# with, <- clauses and else.
with {:ok, a} <- f(),
     b = g(a) do
  b
else
  _ -> nil
end
# CHECK: {:with, [], [{:<-, [], [{:ok, {:a, [], nil}}, {:f, [], []}]}, {:=, [], [{:b, [], nil}, {:g, [], [{:a, [], nil}]}]}, [do: {:b, [], nil}, else: [{:->, [], {{\[\[}}{:_, [], nil}], nil]}]]]}
