# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# `//` is only the step of a range.
# CHECK: [[@LINE+1]]:7: error: the range step operator (//) must immediately follow the range definition operator (..)
x = a // b
