# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# A list tail is a `|` call in the last element.
[[h | t], [a, b | rest]]
# CHECK: {{\[\[}}{:|, [], [{:h, [], nil}, {:t, [], nil}]}], [{:a, [], nil}, {:|, [], [{:b, [], nil}, {:rest, [], nil}]}]]
