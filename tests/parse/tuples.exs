# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# 2-tuples are literal; other sizes are {:{}, [], elements}.
[{}, {1}, {1, 2}, {1, 2, 3}, {1, a: 2}]
# CHECK: [{:{}, [], []}, {:{}, [], [1]}, {1, 2}, {:{}, [], [1, 2, 3]}, {1, [a: 2]}]
