# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Field access and zero-arity remote calls without parentheses.
[m.key, m.key.other]
# CHECK: [{{\{\{}}:., [], [{:m, [], nil}, :key]}, [], []}, {{\{\{}}:., [], [{{\{\{}}:., [], [{:m, [], nil}, :key]}, [], []}, :other]}, [], []}]
