# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Interpolations nest, and may hold strings with their own interpolations.
"a #{"b #{c} d"} e"
# CHECK: {:<<>>, [], ["a ", {:"::", [], [{{\{\{}}:., [], [Kernel, :to_string]}, [], [{:<<>>, [], ["b ", {:"::", [], [{{\{\{}}:., [], [Kernel, :to_string]}, [], [{:c, [], nil}]}, {:binary, [], nil}]}, " d"]}]}, {:binary, [], nil}]}, " e"]}
