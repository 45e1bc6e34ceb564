# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Parentheses around a call without parentheses that takes several arguments make it an
# element of a list or tuple.
[(if b, do: 1, else: 2), {1, (max 1, 2)}, [(f a, b)]]
# CHECK: [{:if, [], [{:b, [], nil}, [do: 1, else: 2]]}, {1, {:max, [], [1, 2]}}, [{:f, [], [{:a, [], nil}, {:b, [], nil}]}]]
