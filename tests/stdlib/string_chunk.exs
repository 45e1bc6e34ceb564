# RUN: %athanor run %s | FileCheck --match-full-lines %s
# String.chunk/2, String.printable?/2 and deprecated spellings (ljust, strip, ...).
IO.inspect String.chunk(<<?a, ?b, ?c, 0>>, :printable)
IO.inspect String.chunk("abc" <> <<255>> <> "def", :valid)
IO.inspect String.chunk("", :valid)
IO.inspect String.chunk("hello", :printable)
IO.inspect String.printable?("abc", 2)
IO.inspect String.printable?("ab" <> <<0>>, 2)
IO.inspect String.printable?("ab" <> <<0>>, 3)
IO.inspect String.printable?("abc", :infinity)
IO.inspect String.splitter("a,b,c", ",") |> Enum.to_list()
IO.inspect String.to_char_list("abc")
# CHECK: ["abc", <<0>>]
# CHECK-NEXT: ["abc", <<255>>, "def"]
# CHECK-NEXT: []
# CHECK-NEXT: ["hello"]
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: ["a", "b", "c"]
# CHECK-NEXT: 'abc'
