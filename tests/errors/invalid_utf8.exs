# RUN: printf 'x = "\377"\n' > %t.exs
# RUN: not %athanor build --emit=quoted %t.exs 2>&1 | FileCheck %s
# Source files must be UTF-8.
# CHECK: 1:6: error: invalid UTF-8 in source file (byte 0xFF)
