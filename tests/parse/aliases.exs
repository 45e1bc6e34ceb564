# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# An alias is an __aliases__ call with one atom per segment.
[Foo, Foo.Bar.Baz, __MODULE__.Child]
# CHECK: [{:__aliases__, [], [:Foo]}, {:__aliases__, [], [:Foo, :Bar, :Baz]}, {:__aliases__, [], [{:__MODULE__, [], nil}, :Child]}]
