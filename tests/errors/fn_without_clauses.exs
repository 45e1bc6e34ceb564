# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# fn needs -> clauses.
# CHECK: [[@LINE+1]]:5: error: expected anonymous functions to be defined with -> inside: 'fn'
f = fn x end
