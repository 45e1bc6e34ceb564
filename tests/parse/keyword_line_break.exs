# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# A newline after `key:` is ignored.
f(a:
  1, b:
  2)
# CHECK: {:f, [], {{\[\[}}a: 1, b: 2]]}
