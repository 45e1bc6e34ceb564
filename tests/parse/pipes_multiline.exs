# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# A `|>` at the start of a line continues the expression.
result =
  list
  |> Enum.filter(&(&1 > 0))
  |> Enum.map(fn x -> x * 2 end)
# CHECK: {:=, [], [{:result, [], nil}, {:|>, [], [{:|>, [], [{:list, [], nil}, {{\{\{}}:., [], [{:__aliases__, [], [:Enum]}, :filter]}, [], [{:&, [], [{:>, [], [{:&, [], [1]}, 0]}]}]}]}, {{\{\{}}:., [], [{:__aliases__, [], [:Enum]}, :map]}, [], [{:fn, [], [{:->, [], {{\[\[}}{:x, [], nil}], {:*, [], [{:x, [], nil}, 2]}]}]}]}]}]}
