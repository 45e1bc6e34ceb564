# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# A keyword key must be followed by a space.
# CHECK: [[@LINE+1]]:3: error: keyword argument must be followed by space after: a:
f(a:1)
