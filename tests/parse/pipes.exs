# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Pipes are left-associative calls of |>.
x |> f() |> g(1) |> h
# CHECK: {:|>, [], [{:|>, [], [{:|>, [], [{:x, [], nil}, {:f, [], []}]}, {:g, [], [1]}]}, {:h, [], nil}]}
