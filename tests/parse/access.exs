# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Access syntax calls Access.get.
m[:a]["b"]
# CHECK: {{\{\{}}:., [], [Access, :get]}, [], [{{\{\{}}:., [], [Access, :get]}, [], [{:m, [], nil}, :a]}, "b"]}
