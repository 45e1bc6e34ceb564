# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Remote calls on aliases, atoms and expressions.
Mod.f(x)
:erlang.phash2(x)
Kernel.+(3)
foo.bar(1)
# CHECK: {:__block__, [], [{{\{\{}}:., [], [{:__aliases__, [], [:Mod]}, :f]}, [], [{:x, [], nil}]}, {{\{\{}}:., [], [:erlang, :phash2]}, [], [{:x, [], nil}]}, {{\{\{}}:., [], [{:__aliases__, [], [:Kernel]}, :+]}, [], [3]}, {{\{\{}}:., [], [{:foo, [], nil}, :bar]}, [], [1]}]}
