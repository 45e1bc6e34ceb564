# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# String escapes are resolved at parse time.
"a\nb\tc\\d\"e\x41\u0042\u{1F600}\0\e"
# CHECK: <<97, 10, 98, 9, 99, 92, 100, 34, 101, 65, 66, 240, 159, 152, 128, 0, 27>>
