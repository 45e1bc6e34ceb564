# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# A lone `not`/`!` body stays in a __block__ (as Elixir's build_block does).
if x do !y end
# CHECK: {:if, [], [{:x, [], nil}, [do: {:__block__, [], [{:!, [], [{:y, [], nil}]}]}]]}
