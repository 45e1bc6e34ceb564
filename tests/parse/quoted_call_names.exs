# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Quoted function names after a dot.
Kernel."+"(1, 2)
m."with space"(1)
# CHECK: {:__block__, [], [{{\{\{}}:., [], [{:__aliases__, [], [:Kernel]}, :+]}, [], [1, 2]}, {{\{\{}}:., [], [{:m, [], nil}, :"with space"]}, [], [1]}]}
