# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# do/else blocks are a keyword list argument.
if x do
  a
else
  b
end
# CHECK: {:if, [], [{:x, [], nil}, [do: {:a, [], nil}, else: {:b, [], nil}]]}
