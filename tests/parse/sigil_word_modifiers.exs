# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# ~w with modifiers; the modifiers are a charlist.
[~w(a b c), ~w(a b)a, ~w[x y]s, ~w{z}c]
# CHECK: [{:sigil_w, [], [{:<<>>, [], ["a b c"]}, []]}, {:sigil_w, [], [{:<<>>, [], ["a b"]}, [97]]}, {:sigil_w, [], [{:<<>>, [], ["x y"]}, [115]]}, {:sigil_w, [], [{:<<>>, [], ["z"]}, [99]]}]
