# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# `end` without a `do` or `fn`.
# CHECK: [[@LINE+1]]:5: error: unexpected reserved word: end
x = end
