# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# A closing bracket with nothing open. The diagnostic shows the line and a caret.
# CHECK: [[@LINE+3]]:15: error: unexpected token: ]
# CHECK-NEXT: {{^}}    total = 1 + 2 ]
# CHECK-NEXT: {{^}}                  ^
total = 1 + 2 ]
