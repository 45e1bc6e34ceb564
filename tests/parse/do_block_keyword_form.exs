# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# The keyword form is the same AST as a do-block.
if x, do: a, else: b
# CHECK: {:if, [], [{:x, [], nil}, [do: {:a, [], nil}, else: {:b, [], nil}]]}
