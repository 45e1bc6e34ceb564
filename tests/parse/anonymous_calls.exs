# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Anonymous function calls and nested parentheses.
[f.(x), f.(1).(2), foo(1)(2)]
# CHECK: [{{\{\{}}:., [], [{:f, [], nil}]}, [], [{:x, [], nil}]}, {{\{\{}}:., [], [{{\{\{}}:., [], [{:f, [], nil}]}, [], [1]}]}, [], [2]}, {{\{\{}}:foo, [], [1]}, [], [2]}]
