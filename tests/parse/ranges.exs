# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Ranges, steps and the full range.
[1..10, a..b//2, ..]
# CHECK: [{:.., [], [1, 10]}, {:..//, [], [{:a, [], nil}, {:b, [], nil}, 2]}, {:.., [], []}]
