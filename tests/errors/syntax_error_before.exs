# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# Two expressions with no operator or comma between them.
# CHECK: [[@LINE+1]]:7: error: syntax error before: "2"
foo(1 2)
