# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# An empty interpolation interpolates an empty block.
"x#{}y"
# CHECK: {:<<>>, [], ["x", {:"::", [], [{{\{\{}}:., [], [Kernel, :to_string]}, [], [{:__block__, [], []}]}, {:binary, [], nil}]}, "y"]}
