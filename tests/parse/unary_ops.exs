# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Unary operators bind tighter than binary ones.
[-a * b, !x && y, ^pin, not a, ~~~b, +c, - -d]
# CHECK: [{:*, [], [{:-, [], [{:a, [], nil}]}, {:b, [], nil}]}, {:&&, [], [{:!, [], [{:x, [], nil}]}, {:y, [], nil}]}, {:^, [], [{:pin, [], nil}]}, {:not, [], [{:a, [], nil}]}, {:"~~~", [], [{:b, [], nil}]}, {:+, [], [{:c, [], nil}]}, {:-, [], [{:-, [], [{:d, [], nil}]}]}]
