# RUN: %athanor run %s | FileCheck --match-full-lines %s
# System.halt/1 stops the program with the given status after flushing output.
# (lit runs with pipefail, so the exit status 0 is what this test can see)
IO.puts "before"
System.halt(0)
IO.puts "never printed"
# CHECK: before
