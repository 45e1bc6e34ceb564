# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# `do` right after a comma: a keyword list was meant.
# CHECK: [[@LINE+1]]:7: error: unexpected reserved word: do. In case you wanted to write a "do" expression
if x, do
  :ok
end
