# An uncaught raise ends the program with exit code 1 and keeps stdout.
# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: FileCheck --input-file %t.out %s
IO.puts("printed before")
raise "boom"

# CHECK: printed before
