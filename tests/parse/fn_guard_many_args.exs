# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# `when` in a clause head wraps all arguments.
fn a, b when a > b -> a end
# CHECK: {:fn, [], [{:->, [], {{\[\[}}{:when, [], [{:a, [], nil}, {:b, [], nil}, {:>, [], [{:a, [], nil}, {:b, [], nil}]}]}], {:a, [], nil}]}]}
