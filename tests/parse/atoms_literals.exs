# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# true, false and nil are atoms.
[true, false, nil, :true]
# CHECK: [true, false, nil, true]
