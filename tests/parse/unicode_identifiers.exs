# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Unicode identifiers and atoms.
[é = 1, :ñ, x_ü]
# CHECK: [{:=, [], [{:é, [], nil}, 1]}, :ñ, {:x_ü, [], nil}]
