# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# `f -1` is f(-1); `f - 1` and `f-1` subtract.
f -1
f - 1
f-1
a -1
# CHECK: {:__block__, [], [{:f, [], [{:-, [], [1]}]}, {:-, [], [{:f, [], nil}, 1]}, {:-, [], [{:f, [], nil}, 1]}, {:a, [], [{:-, [], [1]}]}]}
