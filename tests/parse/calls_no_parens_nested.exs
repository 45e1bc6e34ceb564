# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# A nested call without parentheses takes all remaining arguments.
foo bar a, b
# CHECK: {:foo, [], [{:bar, [], [{:a, [], nil}, {:b, [], nil}]}]}
