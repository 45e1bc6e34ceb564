# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Captures of named functions and operators.
[&fun/1, &Mod.fun/2, &+/2, &Kernel.+/2]
# CHECK: [{:&, [], [{:/, [], [{:fun, [], nil}, 1]}]}, {:&, [], [{:/, [], [{{\{\{}}:., [], [{:__aliases__, [], [:Mod]}, :fun]}, [], []}, 2]}]}, {:&, [], [{:/, [], [{:+, [], nil}, 2]}]}, {:&, [], [{:/, [], [{{\{\{}}:., [], [{:__aliases__, [], [:Kernel]}, :+]}, [], []}, 2]}]}]
