# RUN: not %athanor run %s 2>&1 | FileCheck %s
# ~w takes at most one modifier, s (strings), a (atoms) or c (charlists).
IO.inspect(~w(a b)a)
IO.inspect(~w(a b)x)
# CHECK: sigil_w_bad_modifier.exs:[[@LINE-1]]:12: error: modifier must be one of: s, a, c
IO.inspect(~w(a b)ac)
# CHECK: sigil_w_bad_modifier.exs:[[@LINE-1]]:12: error: modifier must be one of: s, a, c
