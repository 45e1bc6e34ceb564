# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Calls without parentheses take everything up to the end of the expression.
IO.puts "x"
raise "boom"
use GenServer
foo bar, baz
# CHECK: {:__block__, [], [{{\{\{}}:., [], [{:__aliases__, [], [:IO]}, :puts]}, [], ["x"]}, {:raise, [], ["boom"]}, {:use, [], [{:__aliases__, [], [:GenServer]}]}, {:foo, [], [{:bar, [], nil}, {:baz, [], nil}]}]}
