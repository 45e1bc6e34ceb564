# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Parenthesized clause heads with a guard.
fn (a, b) when a > b -> a end
# CHECK: {:fn, [], [{:->, [], {{\[\[}}{:when, [], [{:a, [], nil}, {:b, [], nil}, {:>, [], [{:a, [], nil}, {:b, [], nil}]}]}], {:a, [], nil}]}]}
