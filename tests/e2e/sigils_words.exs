# RUN: %athanor run %s | FileCheck --match-full-lines %s
# ~w with modifiers, ~s and ~c.
IO.inspect(~w(a b c))
IO.inspect(~w(x y)a)
IO.inspect(~s(quote "this"))
IO.inspect(~c(chars))

# CHECK: ["a", "b", "c"]
# CHECK-NEXT: [:x, :y]
# CHECK-NEXT: "quote \"this\""
# CHECK-NEXT: 'chars'
