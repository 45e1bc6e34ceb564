# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Structs and struct update.
[%Foo{}, %Foo.Bar{a: 1}, %__MODULE__{s | a: 1}]
# CHECK: [{:%, [], [{:__aliases__, [], [:Foo]}, {:%{}, [], []}]}, {:%, [], [{:__aliases__, [], [:Foo, :Bar]}, {:%{}, [], [a: 1]}]}, {:%, [], [{:__MODULE__, [], nil}, {:%{}, [], [{:|, [], [{:s, [], nil}, [a: 1]]}]}]}]
