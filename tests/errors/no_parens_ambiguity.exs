# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# A call without parentheses and several arguments cannot be one of several arguments.
# CHECK: [[@LINE+1]]:8: error: unexpected comma. Parentheses are required to solve ambiguity in nested calls.
foo a, bar b, c
