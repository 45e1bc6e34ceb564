# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Zero-arity fn, and an empty clause body is nil.
[fn -> :ok end, fn -> end]
# CHECK: [{:fn, [], [{:->, [], {{\[\[}}], :ok]}]}, {:fn, [], [{:->, [], {{\[\[}}], nil]}]}]
