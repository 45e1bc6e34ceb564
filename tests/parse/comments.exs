# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Comments are dropped, including after code and inside blocks.
# leading
x = 1 # trailing
if x do
  # inside
  :ok
end
# CHECK: {:__block__, [], [{:=, [], [{:x, [], nil}, 1]}, {:if, [], [{:x, [], nil}, [do: :ok]]}]}
