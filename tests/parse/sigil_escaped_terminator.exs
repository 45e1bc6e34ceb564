# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# A backslash before the closing delimiter is dropped.
[~r/a\/b/, ~s(x\)y)]
# CHECK: [{:sigil_r, [], [{:<<>>, [], ["a/b"]}, []]}, {:sigil_s, [], [{:<<>>, [], ["x)y"]}, []]}]
