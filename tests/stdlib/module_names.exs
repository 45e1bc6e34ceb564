# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Module.split/1, concat/1,2 and safe_concat/1.
IO.inspect Module.split(Foo.Bar); IO.inspect Module.concat([Foo, "Bar"]); IO.inspect Module.concat(Foo, Bar); IO.inspect Module.concat([Foo, :Bar, "Baz.Qux"])
IO.inspect (try do Module.split(:foo) rescue e -> e end)
IO.inspect Module.split("Elixir.A.B")
IO.inspect Module.concat("Foo", nil); IO.inspect Module.safe_concat([Enum]); IO.inspect Module.concat([])
# CHECK: ["Foo", "Bar"]
# CHECK-NEXT: Foo.Bar
# CHECK-NEXT: Foo.Bar
# CHECK-NEXT: Foo.Bar.Baz.Qux
# CHECK-NEXT: %ArgumentError{message: "expected an Elixir module, got: :foo"}
# CHECK-NEXT: ["A", "B"]
# CHECK-NEXT: Foo
# CHECK-NEXT: Enum
# CHECK-NEXT: Elixir
