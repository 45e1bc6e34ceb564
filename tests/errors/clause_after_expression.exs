# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# In a block, a -> clause cannot follow plain expressions.
# CHECK: [[@LINE+3]]:5: error: unexpected operator ->. If you want to define multiple clauses, the first expression must use ->.
case x do
  a
  b -> c
end
