# RUN: %athanor run %s 2>&1 | FileCheck %s
# An undefined remote function is only a warning; the call fails when it runs.
IO.puts("runs")
# CHECK: undefined_remote_warning.exs:[[@LINE+1]]:{{[0-9]+}}: warning: Nope.f/0 is undefined (module Nope is not available or is yet to be defined)
if false, do: Nope.f()
# CHECK: runs
