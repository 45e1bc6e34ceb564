# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Interpolation becomes <<>> with Kernel.to_string(expr) :: binary parts.
"sum: #{a + b}!"
# CHECK: {:<<>>, [], ["sum: ", {:"::", [], [{{\{\{}}:., [], [Kernel, :to_string]}, [], [{:+, [], [{:a, [], nil}, {:b, [], nil}]}]}, {:binary, [], nil}]}, "!"]}
