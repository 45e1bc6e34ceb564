# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# A closer that does not match the innermost opener names the opener and its line.
# CHECK: [[@LINE+1]]:8: error: unexpected token: ). The "[" at line [[@LINE+1]] is missing terminator "]"
f([1, 2)
