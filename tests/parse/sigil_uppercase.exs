# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Uppercase sigils do not interpolate.
[~S(a #{b}), ~s(a #{b}), ~c(xyz)]
# CHECK: [{:sigil_S, [], [{:<<>>, [], ["a \#{b}"]}, []]}, {:sigil_s, [], [{:<<>>, [], ["a ", {:"::", [], [{{\{\{}}:., [], [Kernel, :to_string]}, [], [{:b, [], nil}]}, {:binary, [], nil}]}]}, []]}, {:sigil_c, [], [{:<<>>, [], ["xyz"]}, []]}]
