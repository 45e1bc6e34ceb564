# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# `\#{` is literal text, not an interpolation.
"\#{x} and #{y}"
# CHECK: {:<<>>, [], ["\#{x} and ", {:"::", [], [{{\{\{}}:., [], [Kernel, :to_string]}, [], [{:y, [], nil}]}, {:binary, [], nil}]}]}
