# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# An unclosed string is reported at the end of the file with the line it started on.
# CHECK: error: missing terminator: " (for string starting at line [[@LINE+1]])
IO.puts("hello)
