# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# A character that starts no token.
# CHECK: [[@LINE+1]]:5: error: unexpected token: "$" (column 5, code point U+0024)
x = $
