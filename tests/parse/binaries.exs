# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Bitstrings with sizes and types.
<<1, 2, x::size(8), rest::binary, c - 32, "abc">>
# CHECK: {:<<>>, [], [1, 2, {:"::", [], [{:x, [], nil}, {:size, [], [8]}]}, {:"::", [], [{:rest, [], nil}, {:binary, [], nil}]}, {:-, [], [{:c, [], nil}, 32]}, "abc"]}
