# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Integer literals: underscores, hex, binary and octal bases.
[1_000_000, 0x1F, 0b101, 0o17, 0]
# CHECK: [1000000, 31, 5, 15, 0]
