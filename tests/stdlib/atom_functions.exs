# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Atom.to_string/1 and Atom.to_charlist/1.
IO.inspect Atom.to_string(:foo)
IO.inspect Atom.to_string(:"hello world")
IO.inspect Atom.to_string(Enum)
IO.inspect Atom.to_string(nil)
IO.inspect Atom.to_charlist(:"An atom")
IO.inspect Atom.to_charlist(:é)
# CHECK: "foo"
# CHECK-NEXT: "hello world"
# CHECK-NEXT: "Elixir.Enum"
# CHECK-NEXT: "nil"
# CHECK-NEXT: 'An atom'
# CHECK-NEXT: [233]
