# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Parentheses group; several expressions make a block.
[(a; b), (not x), ()]
# CHECK: [{:__block__, [], [{:a, [], nil}, {:b, [], nil}]}, {:__block__, [], [{:not, [], [{:x, [], nil}]}]}, {:__block__, [], []}]
