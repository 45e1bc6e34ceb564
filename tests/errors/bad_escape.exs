# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# A malformed escape in a string.
# CHECK: [[@LINE+1]]:6: error: invalid hex escape character, expected \xHH where H is a hexadecimal digit. Syntax error after: \x
x = "\xZZ"
