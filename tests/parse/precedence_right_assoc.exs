# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Right-associative operators.
[a ++ b ++ c, a <> b <> c, a = b = c, a..b..c]
# CHECK: [{:++, [], [{:a, [], nil}, {:++, [], [{:b, [], nil}, {:c, [], nil}]}]}, {:<>, [], [{:a, [], nil}, {:<>, [], [{:b, [], nil}, {:c, [], nil}]}]}, {:=, [], [{:a, [], nil}, {:=, [], [{:b, [], nil}, {:c, [], nil}]}]}, {:.., [], [{:a, [], nil}, {:.., [], [{:b, [], nil}, {:c, [], nil}]}]}]
