# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Character literals are integers; escapes use the string escape table.
[?a, ?\n, ?\s, ?\\, ?é, ?#]
# CHECK: [97, 10, 32, 92, 233, 35]
