# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# A `.` at the start of a line continues the expression.
foo
|> bar
baz
.qux
# CHECK: {:__block__, [], [{:|>, [], [{:foo, [], nil}, {:bar, [], nil}]}, {{\{\{}}:., [], [{:baz, [], nil}, :qux]}, [], []}]}
