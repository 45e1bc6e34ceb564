# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# A letter right after a number.
# CHECK: [[@LINE+1]]:5: error: invalid character "e" after number 1.
x = 1e3
