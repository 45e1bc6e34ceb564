# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# ... nor an element of a container.
# CHECK: [[@LINE+1]]:6: error: unexpected comma. Parentheses are required to solve ambiguity inside containers.
x = [f a, b]
