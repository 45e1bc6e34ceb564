# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# `&` takes every operator above it: &foo/1 is &(foo / 1).
[&foo/1, a + &b + c]
# CHECK: [{:&, [], [{:/, [], [{:foo, [], nil}, 1]}]}, {:+, [], [{:a, [], nil}, {:&, [], [{:+, [], [{:b, [], nil}, {:c, [], nil}]}]}]}]
