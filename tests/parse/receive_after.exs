# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# receive with after.
receive do
  {:msg, m} -> m
after
  1000 -> :timeout
end
# CHECK: {:receive, [], {{\[\[}}do: [{:->, [], {{\[\[}}msg: {:m, [], nil}], {:m, [], nil}]}], after: [{:->, [], {{\[\[}}1000], :timeout]}]]]}
