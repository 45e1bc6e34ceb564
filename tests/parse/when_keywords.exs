# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# `when` followed by a keyword list, as in typespecs.
@spec f(x, y) :: x when x: integer, y: atom
# CHECK: {:@, [], [{:spec, [], [{:when, [], [{:"::", [], [{:f, [], [{:x, [], nil}, {:y, [], nil}]}, {:x, [], nil}]}, [x: {:integer, [], nil}, y: {:atom, [], nil}]]}]}]}
