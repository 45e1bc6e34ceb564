# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule M do
  def f(x), do: x
  def g, do: :ok
end
IO.inspect(&M.f/1)
IO.inspect(&M.g/0)
IO.inspect([&M.f/1, &:lists.reverse/1])
IO.inspect({1..2, 3..1//-1, 0..0})
IO.inspect(%{range: 1..10, step: 1..10//3})
IO.inspect([-1, -2.5, -0.0, +3])
IO.inspect([1 | [2 | [3 | :end]]])
IO.inspect([{:a, [1 | 2]}])
IO.inspect([[], {}, %{}, "", '', nil])
IO.inspect([[[]]])
IO.inspect({{{}}})
IO.inspect(%{%{} => %{}, [] => []})
IO.inspect([key: "a long string value that is going to push things over", other: "another fairly long value here"])
IO.inspect({"first element is long enough", "second element also long", "third one to break"})
IO.inspect([1, 2, 3] |> Enum.map(&(&1 / 2)))
IO.inspect(%{1 => 1.0, 2 => 2.0e10, 3 => 3.0e-10})
IO.inspect({:"Elixir.Some.Module", Some.Module, :some_atom})
IO.inspect([Some.Module, Other])
IO.inspect(%{Some.Module => :mod_key})
IO.inspect([{Some.Module, :a}, {:b, Other}])
IO.inspect(String.to_atom("Elixir.Dyn"))
IO.inspect(:"Elixir.lowercase")
IO.inspect([nil, true, false, :nil])
IO.inspect([:ok | :improper])
IO.inspect(<<104, 101, 108, 108, 111>>)
IO.inspect(<<104, 101, 108, 108, 111, 0>>)
IO.inspect("ok\u{1F600}")
IO.inspect(String.duplicate("é", 3))
IO.inspect(<<0xE9>>)
IO.inspect('\x{7F}')
IO.inspect([65, 66, 0x1F600])
IO.inspect([0x1F600])
IO.inspect('日本')
IO.inspect(Enum.map(1..3, &<<&1>>))
IO.inspect(Enum.to_list(?A..?Z))
IO.inspect(Enum.to_list(?A..?Z) |> Enum.chunk_every(5))

# CHECK: &M.f/1
# CHECK-NEXT: &M.g/0
# CHECK-NEXT: [&M.f/1, &:lists.reverse/1]
# CHECK-NEXT: {1..2, 3..1//-1, 0..0}
# CHECK-NEXT: %{range: 1..10, step: 1..10//3}
# CHECK-NEXT: [-1, -2.5, -0.0, 3]
# CHECK-NEXT: [1, 2, 3 | :end]
# CHECK-NEXT: [a: [1 | 2]]
# CHECK-NEXT: {{\[\[}}], {}, %{}, "", [], nil]
# CHECK-NEXT: {{\[\[}}[]]]
# CHECK-NEXT: {{\{\{}}{}}}
# CHECK-NEXT: %{%{} => %{}, [] => []}
# CHECK-NEXT: [
# CHECK-NEXT:   key: "a long string value that is going to push things over",
# CHECK-NEXT:   other: "another fairly long value here"
# CHECK-NEXT: ]
# CHECK-NEXT: {"first element is long enough", "second element also long",
# CHECK-NEXT:  "third one to break"}
# CHECK-NEXT: [0.5, 1.0, 1.5]
# CHECK-NEXT: %{1 => 1.0, 2 => 20000000000.0, 3 => 3.0e-10}
# CHECK-NEXT: {Some.Module, Some.Module, :some_atom}
# CHECK-NEXT: [Some.Module, Other]
# CHECK-NEXT: %{Some.Module => :mod_key}
# CHECK-NEXT: [{Some.Module, :a}, {:b, Other}]
# CHECK-NEXT: Dyn
# CHECK-NEXT: :"Elixir.lowercase"
# CHECK-NEXT: [nil, true, false, nil]
# CHECK-NEXT: [:ok | :improper]
# CHECK-NEXT: "hello"
# CHECK-NEXT: <<104, 101, 108, 108, 111, 0>>
# CHECK-NEXT: "ok😀"
# CHECK-NEXT: "ééé"
# CHECK-NEXT: <<233>>
# CHECK-NEXT: [127]
# CHECK-NEXT: [65, 66, 128512]
# CHECK-NEXT: [128512]
# CHECK-NEXT: [26085, 26412]
# CHECK-NEXT: [<<1>>, <<2>>, <<3>>]
# CHECK-NEXT: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
# CHECK-NEXT: ['ABCDE', 'FGHIJ', 'KLMNO', 'PQRST', 'UVWXY', 'Z']
