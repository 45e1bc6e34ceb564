# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Default arguments use `\\`.
defp f(a \\ 1, b \\ [])
# CHECK: {:defp, [], [{:f, [], [{:\\, [], [{:a, [], nil}, 1]}, {:\\, [], [{:b, [], nil}, []]}]}]}
