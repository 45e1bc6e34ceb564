# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Bitstring generators in comprehensions, with one and several segments and filters.
IO.inspect(for <<c <- "abc">>, do: c + 1)
IO.inspect(for <<r::8, g::8, b::8 <- <<1, 2, 3, 4, 5, 6>> >>, do: {r, g, b})
IO.inspect(for <<c <- "hello world">>, c != ?\s, into: "", do: <<c - 32>>)
IO.inspect(for <<x::16 <- <<0, 1, 0, 2, 9>> >>, do: x)
IO.inspect(for <<c::utf8 <- "héllo">>, do: c)

# CHECK: 'bcd'
# CHECK-NEXT: [{1, 2, 3}, {4, 5, 6}]
# CHECK-NEXT: "HELLOWORLD"
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: [104, 233, 108, 108, 111]
