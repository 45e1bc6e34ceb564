# RUN: %athanor run %s | FileCheck --match-full-lines %s
atoms = [:ok, :"foo-bar", :+, :-, :"a b", :Foo, :"Elixir.Foo", :"Elixir.foo", :"9a", :a9, :_x, :"_", :@, :"@a",
  :a?, :"a?b", :b!, :"!", :&&, :||, :"::", :<>, :++, :=~, :|>, :..., :.., :"//", :"", :nil, :true, :"e\n", :ñ, :"Ab?",
  :"foo.bar", :===, :!==, :<<>>, :%{}, :%, :{}, :"{}", :^, :~~~, :<<<, :\\, :->, :when, :and, :in, :not]
Enum.each(atoms, &IO.inspect/1)
IO.inspect(atoms)
IO.inspect(["my key": 1, "other-key": 2, ok: 3])
IO.inspect(%{"a b": 1, c: 2, "Elixir.X": 3})
IO.inspect([{:"with space", 1}])
IO.inspect([{Foo, 1}, {:bar, 2}])
IO.inspect([a: 1, b: 2] ++ [{"c", 3}])
IO.inspect([{:a, 1} | {:b, 2}])
IO.inspect([1, 2 | 3])
IO.inspect([[1 | 2]])
IO.inspect({:a, [b: [c: {:d, 'e'}]]})
IO.inspect(["a", 'b', :c, ?d, 1.0, -0.5, 1.0e-20])
IO.inspect(-0.0)
IO.inspect(<<0, 1>>)
IO.inspect(<<"abc", 255>>)
IO.inspect("\u00e9\u0000")
IO.inspect("\x7f")
IO.inspect("a\\b")
IO.inspect("#{1}\#{x}")
IO.inspect('it\'s')
IO.inspect("it's")
IO.inspect('"q"')
IO.inspect(&Enum.map/2)
IO.inspect(&String.upcase/1)
IO.inspect(&:erlang.+/2)
IO.inspect(1..10//2)
IO.inspect(-5..-1)
IO.inspect(10..1//-3)
IO.inspect({1.0, 2.50, 3.125})
IO.inspect(%{1.0 => :a, 1 => :b})
IO.inspect([10, 9, 8])
IO.inspect([7, 8, 9, 10, 11, 12, 13, 27, 127])
IO.inspect('\e\d\0')
IO.inspect([955, 956])
IO.inspect(['a', 'b'])
IO.inspect(%{[1, 2] => 'ab', 'cd' => [3]})
IO.inspect(nil, label: nil)
IO.inspect(:x, label: :atom_label)
IO.inspect(1, label: "")
IO.inspect("string", label: 'charlist label')

# CHECK: :ok
# CHECK-NEXT: :"foo-bar"
# CHECK-NEXT: :+
# CHECK-NEXT: :-
# CHECK-NEXT: :"a b"
# CHECK-NEXT: :Foo
# CHECK-NEXT: Foo
# CHECK-NEXT: :"Elixir.foo"
# CHECK-NEXT: :"9a"
# CHECK-NEXT: :a9
# CHECK-NEXT: :_x
# CHECK-NEXT: :_
# CHECK-NEXT: :@
# CHECK-NEXT: :"@a"
# CHECK-NEXT: :a?
# CHECK-NEXT: :"a?b"
# CHECK-NEXT: :b!
# CHECK-NEXT: :!
# CHECK-NEXT: :&&
# CHECK-NEXT: :||
# CHECK-NEXT: :"::"
# CHECK-NEXT: :<>
# CHECK-NEXT: :++
# CHECK-NEXT: :=~
# CHECK-NEXT: :|>
# CHECK-NEXT: :...
# CHECK-NEXT: :..
# CHECK-NEXT: :"//"
# CHECK-NEXT: :""
# CHECK-NEXT: nil
# CHECK-NEXT: true
# CHECK-NEXT: :"e\n"
# CHECK-NEXT: :ñ
# CHECK-NEXT: :Ab?
# CHECK-NEXT: :"foo.bar"
# CHECK-NEXT: :===
# CHECK-NEXT: :!==
# CHECK-NEXT: :<<>>
# CHECK-NEXT: :%{}
# CHECK-NEXT: :%
# CHECK-NEXT: :{}
# CHECK-NEXT: :{}
# CHECK-NEXT: :^
# CHECK-NEXT: :"~~~"
# CHECK-NEXT: :<<<
# CHECK-NEXT: :\\
# CHECK-NEXT: :->
# CHECK-NEXT: :when
# CHECK-NEXT: :and
# CHECK-NEXT: :in
# CHECK-NEXT: :not
# CHECK-NEXT: [:ok, :"foo-bar", :+, :-, :"a b", :Foo, Foo, :"Elixir.foo", :"9a", :a9, :_x, :_,
# CHECK-NEXT:  :@, :"@a", :a?, :"a?b", :b!, :!, :&&, :||, :"::", :<>, :++, :=~, :|>, :...,
# CHECK-NEXT:  :.., :"//", :"", nil, true, :"e\n", :ñ, :Ab?, :"foo.bar", :===, :!==, :<<>>,
# CHECK-NEXT:  :%{}, :%, :{}, :{}, :^, :"~~~", :<<<, :\\, :->, :when, :and, :in, ...]
# CHECK-NEXT: ["my key": 1, "other-key": 2, ok: 3]
# CHECK-NEXT: %{X => 3, :"a b" => 1, :c => 2}
# CHECK-NEXT: ["with space": 1]
# CHECK-NEXT: [{Foo, 1}, {:bar, 2}]
# CHECK-NEXT: [{:a, 1}, {:b, 2}, {"c", 3}]
# CHECK-NEXT: [{:a, 1} | {:b, 2}]
# CHECK-NEXT: [1, 2 | 3]
# CHECK-NEXT: {{\[\[}}1 | 2]]
# CHECK-NEXT: {:a, [b: [c: {:d, 'e'}]]}
# CHECK-NEXT: ["a", 'b', :c, 100, 1.0, -0.5, 1.0e-20]
# CHECK-NEXT: -0.0
# CHECK-NEXT: <<0, 1>>
# CHECK-NEXT: <<97, 98, 99, 255>>
# CHECK-NEXT: <<195, 169, 0>>
# CHECK-NEXT: "\d"
# CHECK-NEXT: "a\\b"
# CHECK-NEXT: "1\#{x}"
# CHECK-NEXT: 'it\'s'
# CHECK-NEXT: "it's"
# CHECK-NEXT: '"q"'
# CHECK-NEXT: &Enum.map/2
# CHECK-NEXT: &String.upcase/1
# CHECK-NEXT: &:erlang.+/2
# CHECK-NEXT: 1..10//2
# CHECK-NEXT: -5..-1
# CHECK-NEXT: 10..1//-3
# CHECK-NEXT: {1.0, 2.5, 3.125}
# CHECK-NEXT: %{1 => :b, 1.0 => :a}
# CHECK-NEXT: '\n\t\b'
# CHECK-NEXT: [7, 8, 9, 10, 11, 12, 13, 27, 127]
# CHECK-NEXT: [27, 127, 0]
# CHECK-NEXT: [955, 956]
# CHECK-NEXT: ['a', 'b']
# CHECK-NEXT: %{[1, 2] => 'ab', 'cd' => [3]}
# CHECK-NEXT: nil
# CHECK-NEXT: atom_label: :x
# CHECK-NEXT: : 1
# CHECK-NEXT: charlist label: "string"
