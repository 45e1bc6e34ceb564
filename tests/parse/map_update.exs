# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Map update: `|` inside %{} with keyword or => entries.
[%{m | a: 1, b: 2}, %{m | "k" => v}]
# CHECK: [{:%{}, [], [{:|, [], [{:m, [], nil}, [a: 1, b: 2]]}]}, {:%{}, [], [{:|, [], [{:m, [], nil}, [{"k", {:v, [], nil}}]]}]}]
