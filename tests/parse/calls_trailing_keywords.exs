# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Trailing keyword arguments need no brackets.
f(a, b: 1, c: 2)
g a, b: 1
# CHECK: {:__block__, [], [{:f, [], [{:a, [], nil}, [b: 1, c: 2]]}, {:g, [], [{:a, [], nil}, [b: 1]]}]}
