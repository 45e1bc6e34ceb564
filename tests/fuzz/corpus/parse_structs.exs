[%Foo{}, %Foo.Bar{a: 1}, %__MODULE__{s | a: 1}]
