# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# A binary operator with nothing after it at the end of the file.
# CHECK: [[@LINE+1]]:8: error: syntax error: expression is incomplete
x = 1 +
