# RUN: %athanor run %s | FileCheck --match-full-lines %s
x0 = {"日本", {}}
IO.inspect(x0)
IO.inspect(x0, width: 40, limit: 50)
IO.puts(inspect(x0))
IO.inspect(x0, label: "l0", charlists: :as_lists)
x1 = ['', %{}, "hello"]
IO.inspect(x1)
IO.inspect(x1, width: 40, limit: 50)
IO.puts(inspect(x1))
IO.inspect(x1, label: "l1", charlists: :as_lists)
x2 = [value: "日本", items: {}, d: %{"key two" => []}]
IO.inspect(x2)
IO.inspect(x2, width: 80, limit: :infinity)
IO.puts(inspect(x2))
IO.inspect(x2, label: "l2", charlists: :as_lists)
x3 = [[0, 1], [value: "x"]]
IO.inspect(x3)
IO.inspect(x3, width: 120, limit: 50)
IO.puts(inspect(x3))
IO.inspect(x3, label: "l3", charlists: :as_lists)
x4 = [[[0, '', 0.5, 0, true, false, '', "x", '', true, [0, 1]]]]
IO.inspect(x4)
IO.inspect(x4, width: 80, limit: :infinity)
IO.puts(inspect(x4))
IO.inspect(x4, label: "l4", charlists: :as_lists)
x5 = nil
IO.inspect(x5)
IO.inspect(x5, width: 80, limit: 3)
IO.puts(inspect(x5))
IO.inspect(x5, label: "l5", charlists: :as_lists)
x6 = :==
IO.inspect(x6)
IO.inspect(x6, width: 20, limit: 5)
IO.puts(inspect(x6))
IO.inspect(x6, label: "l6", charlists: :as_lists)
x7 = {:error, [], [], %{}, [e: -1, b: [104, 105], c: {[b: :ok, a: 1.0, e: 1180591620717411303424, name: 255, c: "x", d: [0, 1], ok?: 0.5, value: 1.0e-5, x_y: [104, 105], items: :b?, f: :ok], {'', -2.25, :"Elixir.Foo.Bar", :"9x"}, [], [104, 105], -17, [name: 1180591620717411303424, d: 1.0e-5], {-1, 'hi there', 3.14159, -2.25, 255, :error, :"Elixir.Foo.Bar"}}]}
IO.inspect(x7)
IO.inspect(x7, width: 80, limit: 50)
IO.puts(inspect(x7))
IO.inspect(x7, label: "l7", charlists: :as_lists)
x8 = :"Elixir.Foo.Bar"
IO.inspect(x8)
IO.inspect(x8, width: 80, limit: :infinity)
IO.puts(inspect(x8))
IO.inspect(x8, label: "l8", charlists: :as_lists)
x9 = 1000000
IO.inspect(x9)
IO.inspect(x9, width: 80, limit: 5)
IO.puts(inspect(x9))
IO.inspect(x9, label: "l9", charlists: :as_lists)
x10 = [%{}, [], 0]
IO.inspect(x10)
IO.inspect(x10, width: 80, limit: 50)
IO.puts(inspect(x10))
IO.inspect(x10, label: "l10", charlists: :as_lists)
x11 = [1, [{"hello", "é", [name: 1..10//2, f: [e: :"9x", c: 0.5, items: -2.25, d: "é", x_y: 1, b: 42, f: 1.0e-5, name: 0, a: "日本", ok?: 'abc', value: ""], ok?: [[104, 105]], b: "é", a: 0, c: [e: 42], e: 255], [value: [], items: 0.5, ok?: {3.14159, "tab\t"}, a: [[0, 1], "tab\t", nil, "a much longer string value to make lines wrap around"], d: {-17, "tab\t", "a much longer string value to make lines wrap around"}, c: "日本", b: {0.5, "hello", 100.0}, f: :a], [], [b: 1..10//2, c: %{}], 0.5, {"x", %{:name => false, 1 => "tab\t", {1} => 1000000, :a => 1000000}, {'hi there', :error, :"Elixir.Foo.Bar", 'abc', "é", "with \"quote\"", 1.0e-5}, :Foo, [], "a much longer string value to make lines wrap around"}, 1.0e-5, [ok?: 1000000, name: {:+, 'hi there', "tab\t"}, x_y: [[104, 105], :+, 'abc']]}, [%{}, [name: [e: :a, name: 0.5], e: ["x", 255], c: :a, b: {42, 1.0, '', true, 1000000, "x", 1000000, 0.5}, ok?: "tab\t"], [f: [], name: {'hi there', 3.14159, "日本", "tab\t"}, d: 1000000], -17, ['abc']], %{:a => {{}}, 2 => 255, {1} => [3.14159], [:l] => {[x_y: 1.0e20, b: 0.5, d: 'hi there', ok?: 1180591620717411303424, a: "hello", name: 1.0, f: 'abc'], -1, 1.0}, :c => []}, ['hi there', {{:==, 3.14159, "hello"}, %{{1} => "é", 1 => 0, :b => 'abc', :id => 255, "s" => -17, 2 => nil}, {:error, -2.25, 100.0, "é", [104, 105], '', -2.25, 3.14159, 255, false, :b?, 1180591620717411303424, -17, 1000000}, [e: true, f: 100.0, x_y: 1.0, ok?: 1.0e20, c: [0, 1], items: ''], [], ["a much longer string value to make lines wrap around", "a much longer string value to make lines wrap around", :Foo], [], "with \"quote\"", %{[:l] => "", :a => 1, :b => "tab\t"}, {-17, :==, '', 'hi there'}}, [%{:b => "x", :id => :"Elixir.Foo.Bar", 1 => false}, {:"with space", "hello"}, ["é", true, "é", 255, :a, 1180591620717411303424, :Foo, 100.0], %{}, %{:id => 100.0, 2 => "x", "key two" => -17}, -1, [x_y: true, e: :b?], [:"Elixir.Foo.Bar", -1, 0, 1, "hello", "hello"]], ["", [e: "hello", ok?: "", c: 255], :"Elixir.Foo.Bar", 'abc', "tab\t", 100.0, %{"key two" => [104, 105], {1} => [104, 105], :name => "é", "s" => 'hi there', 1 => 0.5, [:l] => 42, :a => "hello"}, [:b?, -17, -1], {"with \"quote\"", 100.0, "tab\t", :Foo, [104, 105]}, "hello", {:"9x"}], %{:a => "x", "key two" => 0.5, :id => 'hi there', :name => {"", 0}, [:l] => [100.0], "s" => {}, :b => {}, :c => ['hi there'], 2 => {:+, true, 0.5, :ok, 42, true}, {1} => true}], 1, [items: [value: 'hi there', c: {[104, 105], 0.5, 1.0e20}], ok?: ["hello", [:error]]], [1.0e20, {}, [], [items: [[104, 105], 'hi there', "", 0.5, -17, "é", 'abc', :Foo]], [0, 1], [x_y: {:Foo, 0, -1, 42}, items: 'hi there', c: [f: 1180591620717411303424, value: "", d: :"Elixir.Foo.Bar", name: "é", items: 1, x_y: 1180591620717411303424, e: "tab\t", a: 1.0, c: 1180591620717411303424, b: "a much longer string value to make lines wrap around", ok?: -1], a: true, ok?: 0], %{{1} => [1, "日本", :==], [:l] => [104, 105], "key two" => [[104, 105], "x", "x", :b?, 1000000], :b => [f: 1.0e20, c: :a], 2 => 1..10//2}, false, :"with space", {[], "hello", [ok?: 1000000, c: 3.14159, x_y: :b?, b: :b?, value: "", d: "é", name: -17, items: 1, a: false, e: 1180591620717411303424, f: 'hi there'], [x_y: '', e: false, a: -1, b: ''], :b?, [e: "a much longer string value to make lines wrap around", value: 0, b: 'hi there', c: :"with space", items: -2.25, ok?: 3.14159, a: "", d: 0, f: -1, name: [0, 1], x_y: false], [[0, 1], 255, 100.0, 1000000, "a much longer string value to make lines wrap around", 'abc', 0, -2.25, -17], {true, :a}, %{:c => true, [:l] => -2.25, "key two" => "hello"}, [name: "", items: 1000000], ["tab\t", 1.0e20], :==}, %{:b => %{}, {1} => [], "s" => 100.0, [:l] => :+}, {1..5, {"a much longer string value to make lines wrap around", 3.14159}, [a: :ok, ok?: '', value: 42, x_y: 1.0e20, b: 100.0], :"with space", {1.0e20, 1180591620717411303424, :Foo, :+, false, true}}, %{:c => {3.14159, "a much longer string value to make lines wrap around", "x"}, :id => %{}, {1} => ["é", -2.25], [:l] => {100.0}, 2 => [], :name => :Foo, 1 => 'hi there', "key two" => [e: 'hi there', name: 0, x_y: "tab\t", value: 3.14159], :b => [104, 105], "s" => "é", :a => [[0, 1], '', 'abc', 3.14159, :b?]}], [items: [], d: true, e: 1.0], 1..5], {}]
IO.inspect(x11)
IO.inspect(x11, width: 80, limit: 50)
IO.puts(inspect(x11))
IO.inspect(x11, label: "l11", charlists: :as_lists)
x12 = 1.0e-5
IO.inspect(x12)
IO.inspect(x12, width: 80, limit: :infinity)
IO.puts(inspect(x12))
IO.inspect(x12, label: "l12", charlists: :as_lists)
x13 = {true, 42, 255, 1.0, 1, -1}
IO.inspect(x13)
IO.inspect(x13, width: 80, limit: 50)
IO.puts(inspect(x13))
IO.inspect(x13, label: "l13", charlists: :as_lists)
x14 = []
IO.inspect(x14)
IO.inspect(x14, width: 40, limit: 50)
IO.puts(inspect(x14))
IO.inspect(x14, label: "l14", charlists: :as_lists)
x15 = -2.25
IO.inspect(x15)
IO.inspect(x15, width: 80, limit: :infinity)
IO.puts(inspect(x15))
IO.inspect(x15, label: "l15", charlists: :as_lists)
x16 = [0, 42, "x", "é", -2.25]
IO.inspect(x16)
IO.inspect(x16, width: 40, limit: :infinity)
IO.puts(inspect(x16))
IO.inspect(x16, label: "l16", charlists: :as_lists)
x17 = %{1 => [c: ['', -1, -1, "with \"quote\"", 1000000], x_y: "with \"quote\"", b: :error, d: [%{"s" => 42, :b => "a much longer string value to make lines wrap around", :c => '', 2 => "a much longer string value to make lines wrap around", :id => 1180591620717411303424}, 3.14159, [], [104, 105], {1000000, 1}, {}, %{:name => true}], a: %{[:l] => 42, {1} => :a, 2 => 3.14159, :c => "tab\t", :id => "tab\t", "key two" => {'abc', '', -17, 1.0e20}, :b => 100.0, :name => %{[:l] => 100.0, :b => 0.5, 2 => 1000000, "s" => -2.25, :name => :ok}, :a => "hello", 1 => false, "s" => 100.0}, value: [x_y: [255, 42, 255], e: {nil, 100.0, "with \"quote\"", 1.0e-5, [0, 1], "é", :Foo, 0}, c: {}, f: ["日本"], b: {1000000, -1, ''}, items: [true, 1000000, "é", "a much longer string value to make lines wrap around"], a: 100.0, d: [true, 'abc', 1180591620717411303424, 1.0e20], name: [nil]], ok?: [[a: "tab\t", items: -2.25], %{:a => true, 2 => :"Elixir.Foo.Bar", :id => "日本"}], e: [42, 'hi there'], items: %{}, f: {[1.0, "é", 3.14159, [104, 105], nil, 1, 1.0e-5, "a much longer string value to make lines wrap around"]}], :name => [x_y: false, value: %{[:l] => [104, 105], :a => [[104, 105], 100.0, "hello", [104, 105], "tab\t", [104, 105]]}, f: [['abc']], ok?: [true, %{:name => -1, :c => :a, [:l] => ''}], items: [a: [value: 1], f: :a], d: "é", e: %{1 => [0, -2.25, 1, "", 1.0e20, '']}, b: [c: [0], name: 1.0e-5, f: {}, items: '', x_y: :==, d: 42, value: {:ok, -17, 1.0e-5, "", 0, 0}, e: ["x", true, :"9x"]]]}
IO.inspect(x17)
IO.inspect(x17, width: 120, limit: 3)
IO.puts(inspect(x17))
IO.inspect(x17, label: "l17", charlists: :as_lists)
x18 = [%{"s" => 'abc', 2 => {}, :b => [], {1} => "x", [:l] => {{%{:name => :a, :id => [0, 1], "s" => "x", 2 => :"Elixir.Foo.Bar", "key two" => "é", [:l] => [0, 1], :a => [104, 105], :c => '', 1 => -1, {1} => [0, 1], :b => :Foo}, [:==, [0, 1], "hello", -17, "日本"]}}, :id => :Foo, "key two" => {"hello"}, :c => :==, :a => [c: [{:ok, 1000000, :==}, 0, %{"s" => 1000000, "key two" => '', {1} => :+, :c => "hello", :b => 1.0e-5, 1 => 'hi there', [:l] => "x", :a => "x", :id => 'hi there', :name => :error, 2 => "x"}, 0.5, :a, [:==, 1.0e-5, 1000000, :error, 3.14159, :==, "with \"quote\"", :b?, 'abc', "", :==, 1], [], [:==, 0, 0, 0]], d: 1, x_y: [e: [3.14159, "tab\t"], b: {3.14159, 1.0}, items: {-1, 0.5, :==}, value: %{1 => :"Elixir.Foo.Bar", :name => "é"}, ok?: [ok?: "日本", value: [0, 1], f: 0, b: 1000000, a: -2.25, name: 0, x_y: [0, 1], items: 255]], b: {{"with \"quote\""}}], :name => {%{}, :ok, -1}, 1 => true}, [-2.25, {}, ["x", "hello", [1.0e20, [a: true, c: 42]], -2.25, %{:name => [:ok], {1} => {'abc', :a, 255, [0, 1], -17, :"9x", '', [104, 105], 1.0e-5}}, {[104, 105], false, ["tab\t", :Foo, 3.14159]}, [{"日本", 1000000, 3.14159, "with \"quote\"", "with \"quote\"", 1.0e-5, :==, "", :"9x"}, 0], 255]], {}, [[a: [1, [false, 1180591620717411303424], ''], ok?: 1..5], {[[], [-1, nil, 100.0, 1.0e20, 3.14159], [a: 'hi there', b: "é"], [1180591620717411303424, 255, "hello"], 255, %{[:l] => [0, 1], 2 => 1.0}, "a much longer string value to make lines wrap around", {}], 0, 1.0e20, :Foo, {[value: -1]}, [c: [], name: [1180591620717411303424, :"Elixir.Foo.Bar"]], {%{}, [b: "x", a: :+, ok?: [104, 105], x_y: [0, 1], items: -17], "x", {'abc', false, :+, "hello", ""}, [], '', {1000000, "with \"quote\""}}, [x_y: false, ok?: [], e: false, a: [[104, 105], "é", 0, 'abc', 42, 1, 'abc', 1000000, 'abc', "x", "tab\t", :a, "with \"quote\"", 'abc', [104, 105]], name: 0, d: [value: "with \"quote\"", name: 'abc', b: "", d: 'hi there'], items: 1.0e-5, f: [items: 255, d: -17], value: [:+, 42, "x"]], [0, 1], [value: [d: :error], b: {100.0}, items: "with \"quote\""], 1.0e20, %{:a => {"a much longer string value to make lines wrap around", "", [104, 105]}, :c => {"é", "é", "x", :Foo, "", 'hi there', 255, false, 100.0, [0, 1]}}, {'hi there', %{"key two" => 1000000, :id => true, {1} => -2.25, :a => [104, 105], 1 => -2.25, :c => 'hi there'}, [0, 1], %{1 => "hello", :a => -17, :b => 42, :name => :+, :c => -17}, :a, %{1 => true, :id => "x", :c => 'abc'}, {}, {1180591620717411303424, 42, [0, 1], [0, 1]}, {-2.25, 1000000}, [b: 1.0, e: 100.0, a: -1, value: -1, ok?: "x", c: "tab\t", x_y: "hello", name: "with \"quote\"", items: [0, 1]], {"a much longer string value to make lines wrap around"}, %{{1} => 1000000, [:l] => 'hi there', :id => 3.14159}, [items: 1000000], 0.5, {100.0}}}, 0], %{:id => [name: 255, a: 'abc'], "s" => '', 1 => [[[e: 1.0e20, b: 42, x_y: :a, c: 1, f: 1.0e20, value: [0, 1], name: :a, d: 42, ok?: 0, items: 1.0e-5, a: 'hi there'], "x", 'abc', %{1 => 255, :name => -1, "key two" => -1, 2 => ''}, %{{1} => :"Elixir.Foo.Bar", :id => ''}, 1, [f: :"9x", d: :Foo, value: 255, name: :a, c: 1.0e-5, ok?: "x", e: "é", b: 42, a: 1000000, items: :==, x_y: :"9x"]], :+, [], [[], %{:name => -1, {1} => [0, 1], :a => :error, [:l] => 1.0e20, 1 => 1180591620717411303424, "s" => :"with space", :b => -17, :c => 1.0e20, 2 => '', "key two" => :==, :id => 1}, {}, "with \"quote\"", ['abc', "with \"quote\"", "a much longer string value to make lines wrap around"], [[0, 1], 3.14159, 'abc'], "x", 42, [a: "a much longer string value to make lines wrap around", ok?: 1000000, x_y: "tab\t"], %{1 => [0, 1]}, 1180591620717411303424], [x_y: 255, name: [b: '', x_y: :a], e: ["", 1000000, 0.5], a: []], [e: 1..10//2, c: {255, "tab\t", 100.0}, name: {[104, 105], 1, [104, 105], '', 3.14159, "", 0.5}, items: -1, value: {:error, "a much longer string value to make lines wrap around"}, x_y: ["", true, 1.0, 1000000, 'hi there'], d: "hello", f: :ok, b: [], ok?: {:"with space", :a, '', 1.0, 42}, a: [42, 0.5]], [c: -2.25, d: "", a: [104, 105], x_y: {}, e: %{"key two" => [0, 1]}, name: -2.25, items: {}, b: [], ok?: {[104, 105], 1.0e-5, "tab\t"}, f: {1000000, "tab\t"}, value: [ok?: :"with space", x_y: 1000000, name: [104, 105], items: :+, value: 255]], [%{"key two" => -1, 1 => "日本", [:l] => 1.0e20, "s" => "x", :id => "a much longer string value to make lines wrap around"}], [[ok?: '', value: 1.0e20, x_y: [0, 1]], %{:name => 1180591620717411303424, {1} => 1, "s" => "x", "key two" => [104, 105], :b => -2.25, 1 => 1180591620717411303424, :c => "x", [:l] => "with \"quote\""}, "日本"], [], [[0, 1], 100.0, [104, 105], 3.14159], 'abc', -17], [:l] => 'hi there', "key two" => "é", :b => "hello", :c => [], {1} => [b: [d: [d: 1.0, a: 'hi there', c: 1.0e-5, value: 'abc', ok?: -17, items: 42, name: -1, x_y: 1000000, b: [0, 1], f: [0, 1]], f: ['hi there', 100.0, -1, 'hi there', true], a: [:"9x", -2.25, 42, 100.0, 42, 1.0e-5, [0, 1], 1, "", 'abc', 'hi there', 1180591620717411303424, -2.25]], x_y: "with \"quote\"", a: [['abc', "tab\t", 'hi there', 'abc', '', 0.5, -1, -17]]], 2 => 1, :name => "日本", :a => [42]}, "tab\t", {'', [[d: [c: "tab\t", e: "", ok?: [0, 1], x_y: 1000000, name: :a, value: '', a: 42, items: "tab\t"], name: [a: 1.0e20, d: '', b: "日本", f: 1000000, ok?: 'abc', value: 'hi there', name: 'hi there']], [0, 1]], [104, 105]}]
IO.inspect(x18)
IO.inspect(x18, width: 120, limit: 5)
IO.puts(inspect(x18))
IO.inspect(x18, label: "l18", charlists: :as_lists)
x19 = MapSet.new([1, 2])
IO.inspect(x19)
IO.inspect(x19, width: 80, limit: 50)
IO.puts(inspect(x19))
IO.inspect(x19, label: "l19", charlists: :as_lists)
x20 = %{[:l] => :"9x", 1 => ''}
IO.inspect(x20)
IO.inspect(x20, width: 80, limit: 50)
IO.puts(inspect(x20))
IO.inspect(x20, label: "l20", charlists: :as_lists)
x21 = -1
IO.inspect(x21)
IO.inspect(x21, width: 120, limit: 3)
IO.puts(inspect(x21))
IO.inspect(x21, label: "l21", charlists: :as_lists)
x22 = {}
IO.inspect(x22)
IO.inspect(x22, width: 20, limit: 3)
IO.puts(inspect(x22))
IO.inspect(x22, label: "l22", charlists: :as_lists)
x23 = [1..5, [], {100.0, [1000000, 1, {{}, "é", {1000000, 0, [0, 1]}, %{:b => "x", :id => :b?, 1 => -2.25}, {}, 1.0, "with \"quote\"", true, 100.0, [x_y: [104, 105], f: -1, e: 0, value: "é", items: "a much longer string value to make lines wrap around", a: nil, name: 3.14159, b: -1, ok?: 100.0, c: [0, 1], d: 1.0e-5], [[0, 1], 42, -17, :"Elixir.Foo.Bar"], 0, %{:b => "", :id => [104, 105], 2 => "日本", 1 => nil, :name => 'hi there', :a => 100.0, {1} => 1.0e20, :c => -17, "key two" => -2.25, "s" => 1.0e20, [:l] => [104, 105]}}, 1.0e-5, '', [104, 105], [104, 105]], [104, 105], [[%{}, 1..10//2, -1], %{"key two" => {1.0e20, [104, 105], 100.0, "日本", 42, 1.0e20, :error}, :name => [-1, -1, 'abc', "tab\t", 1, -17, :"9x", ""], :a => [nil, :a, :error, "with \"quote\"", "", 0, 1.0, :ok, :error]}], %{:a => ''}, ["with \"quote\"", {'hi there', %{{1} => :ok, 2 => [0, 1], "s" => 1.0}, [items: 'hi there'], ['', 'abc', :Foo, "日本"]}, [], [b: 255, a: 1, f: 1.0e20], %{:name => true, :a => %{:a => 1000000, :id => [0, 1], 2 => ''}}, [value: {"with \"quote\"", 1000000, [104, 105], 'hi there', 0}, name: 'abc'], %{{1} => {:a}, :b => [], [:l] => ['', 255, -17, "with \"quote\""]}, :error, -17, [1000000, "日本"]], [x_y: nil, b: :error, d: 1, c: [b: {"é", -1, -1}], value: [b: {'', 'abc', "日本", 'hi there'}, name: {'hi there', 1180591620717411303424, 'hi there', 100.0, 255}, c: :==], f: [104, 105], a: 1, name: MapSet.new([1, 2]), e: 1180591620717411303424, ok?: ""], %{:c => {[d: 100.0], :ok, [], 1..10//2}, 1 => {:ok, [''], {"é", :==, '', 42, :a}}, "s" => %{:a => %{"key two" => 255, 1 => "a much longer string value to make lines wrap around", :name => :"Elixir.Foo.Bar", "s" => 1.0e20, [:l] => 0}, {1} => [d: 42, f: 1000000, value: 'hi there', x_y: 1.0e-5, ok?: "with \"quote\"", e: 100.0], "s" => [items: [0, 1], e: "tab\t", value: 1180591620717411303424, b: [104, 105], a: :error, name: "日本", x_y: '', c: :ok, d: 255]}}}, [0, 1], ""]
IO.inspect(x23)
IO.inspect(x23, width: 80, limit: 50)
IO.puts(inspect(x23))
IO.inspect(x23, label: "l23", charlists: :as_lists)
x24 = nil
IO.inspect(x24)
IO.inspect(x24, width: 80, limit: 50)
IO.puts(inspect(x24))
IO.inspect(x24, label: "l24", charlists: :as_lists)
x25 = ""
IO.inspect(x25)
IO.inspect(x25, width: 120, limit: :infinity)
IO.puts(inspect(x25))
IO.inspect(x25, label: "l25", charlists: :as_lists)
x26 = %{}
IO.inspect(x26)
IO.inspect(x26, width: 80, limit: :infinity)
IO.puts(inspect(x26))
IO.inspect(x26, label: "l26", charlists: :as_lists)
x27 = 1180591620717411303424
IO.inspect(x27)
IO.inspect(x27, width: 80, limit: 50)
IO.puts(inspect(x27))
IO.inspect(x27, label: "l27", charlists: :as_lists)
x28 = {1180591620717411303424, MapSet.new([1, 2]), []}
IO.inspect(x28)
IO.inspect(x28, width: 80, limit: 50)
IO.puts(inspect(x28))
IO.inspect(x28, label: "l28", charlists: :as_lists)
x29 = {:"with space", '', [[value: 1000000, x_y: [{:b?, '', [0, 1], ''}, {-17}, 1..5], f: [d: [], items: 100.0, c: {255, 0, 1.0e-5, :"with space", 42, 0.5}]], {3.14159}, [%{{1} => []}, :==], MapSet.new([1, 2]), [{[d: -1, f: :==, value: :"Elixir.Foo.Bar", name: 42, items: 42, b: '', ok?: '', c: 1.0], [1.0e-5, '', 42, "tab\t", 1.0, 1.0e20, 42, ''], %{1 => "hello", :id => 1, "s" => -17, {1} => "日本", :c => 1.0, :b => [104, 105], :name => 'hi there'}}], [%{}, %{2 => %{}, "key two" => [1000000, true, :ok, 1000000], {1} => [3.14159], :b => %{:c => 1000000, :id => :"with space"}, [:l] => [-2.25], :a => {:Foo, 255, 3.14159}, :c => [:"9x", 1000000, :Foo, :ok]}, [-2.25, {"hello", :Foo, 1.0e-5, :Foo, 255, 'abc'}, [value: 42, ok?: 1, name: [104, 105]], %{:b => 3.14159, 2 => -2.25, :c => :+, :id => :==}]], 'abc', 1.0]}
IO.inspect(x29)
IO.inspect(x29, width: 80, limit: :infinity)
IO.puts(inspect(x29))
IO.inspect(x29, label: "l29", charlists: :as_lists)
x30 = [%{"s" => [name: 'abc', items: 'hi there', ok?: :"9x", b: 255], :c => {:b?}, :name => [true, 1180591620717411303424, [104, 105], "tab\t", -2.25, 255, "with \"quote\"", "tab\t"]}, :Foo, :"with space", {{"日本", 'abc', 1, 1.0e20, 'abc', 0, -17, 'hi there', :error, :ok}}, [[], 1.0e20], [1180591620717411303424, {255, 1.0e-5, -2.25, "x", "hello"}, %{:id => 42, "s" => 'hi there'}, ["with \"quote\"", :+, -1, 1.0e-5, '', "x", "日本", :error, 1000000, 1, 1180591620717411303424], [x_y: "with \"quote\"", d: "", items: 1.0, ok?: [0, 1]], [e: 'abc', c: 1.0e-5, items: 100.0, value: 'abc'], -1, "hello", "a much longer string value to make lines wrap around", %{}, [1, "hello"]]]
IO.inspect(x30)
IO.inspect(x30, width: 20, limit: 3)
IO.puts(inspect(x30))
IO.inspect(x30, label: "l30", charlists: :as_lists)
x31 = {[[0, 1], "with \"quote\"", -2.25, 'abc', false, -2.25, :==, :a]}
IO.inspect(x31)
IO.inspect(x31, width: 80, limit: :infinity)
IO.puts(inspect(x31))
IO.inspect(x31, label: "l31", charlists: :as_lists)
x32 = %{:a => %{[:l] => 1..10//2, "s" => :error, :id => [0.5, [0, 1]]}, [:l] => 255}
IO.inspect(x32)
IO.inspect(x32, width: 80, limit: 3)
IO.puts(inspect(x32))
IO.inspect(x32, label: "l32", charlists: :as_lists)
x33 = [name: :"9x"]
IO.inspect(x33)
IO.inspect(x33, width: 80, limit: :infinity)
IO.puts(inspect(x33))
IO.inspect(x33, label: "l33", charlists: :as_lists)
x34 = [a: {}, ok?: [ok?: [d: 1.0, name: [x_y: 1..5, ok?: [], items: {0.5, "tab\t", "日本", :b?, 1.0e-5, 1.0e20, :error, 100.0}], f: [], value: %{1 => 1.0e20, :a => []}, c: {1.0e20, [1180591620717411303424], [0, 1]}], d: "x"], x_y: 1.0e-5]
IO.inspect(x34)
IO.inspect(x34, width: 80, limit: 3)
IO.puts(inspect(x34))
IO.inspect(x34, label: "l34", charlists: :as_lists)
x35 = :+
IO.inspect(x35)
IO.inspect(x35, width: 80, limit: :infinity)
IO.puts(inspect(x35))
IO.inspect(x35, label: "l35", charlists: :as_lists)
x36 = []
IO.inspect(x36)
IO.inspect(x36, width: 40, limit: 50)
IO.puts(inspect(x36))
IO.inspect(x36, label: "l36", charlists: :as_lists)
x37 = []
IO.inspect(x37)
IO.inspect(x37, width: 80, limit: :infinity)
IO.puts(inspect(x37))
IO.inspect(x37, label: "l37", charlists: :as_lists)
x38 = :b?
IO.inspect(x38)
IO.inspect(x38, width: 80, limit: 3)
IO.puts(inspect(x38))
IO.inspect(x38, label: "l38", charlists: :as_lists)
x39 = %{:id => 'abc', 2 => -17, :a => false, 1 => 3.14159, {1} => "with \"quote\"", :c => [0, 1], [:l] => 0, "s" => '', "key two" => :"Elixir.Foo.Bar", :b => 'hi there', :name => 'abc'}
IO.inspect(x39)
IO.inspect(x39, width: 20, limit: 50)
IO.puts(inspect(x39))
IO.inspect(x39, label: "l39", charlists: :as_lists)
x40 = 1.0e20
IO.inspect(x40)
IO.inspect(x40, width: 20, limit: 50)
IO.puts(inspect(x40))
IO.inspect(x40, label: "l40", charlists: :as_lists)
x41 = %{:b => "tab\t", {1} => 'hi there'}
IO.inspect(x41)
IO.inspect(x41, width: 80, limit: 3)
IO.puts(inspect(x41))
IO.inspect(x41, label: "l41", charlists: :as_lists)
x42 = 'hi there'
IO.inspect(x42)
IO.inspect(x42, width: 80, limit: 50)
IO.puts(inspect(x42))
IO.inspect(x42, label: "l42", charlists: :as_lists)
x43 = [[]]
IO.inspect(x43)
IO.inspect(x43, width: 120, limit: 5)
IO.puts(inspect(x43))
IO.inspect(x43, label: "l43", charlists: :as_lists)
x44 = 1.0e-5
IO.inspect(x44)
IO.inspect(x44, width: 20, limit: 5)
IO.puts(inspect(x44))
IO.inspect(x44, label: "l44", charlists: :as_lists)
x45 = [f: :"9x", b: -17, ok?: :"Elixir.Foo.Bar", d: 'abc', items: :"with space", a: :"Elixir.Foo.Bar", c: 'abc']
IO.inspect(x45)
IO.inspect(x45, width: 20, limit: 5)
IO.puts(inspect(x45))
IO.inspect(x45, label: "l45", charlists: :as_lists)
x46 = [b: 'hi there', c: ""]
IO.inspect(x46)
IO.inspect(x46, width: 80, limit: :infinity)
IO.puts(inspect(x46))
IO.inspect(x46, label: "l46", charlists: :as_lists)
x47 = "hello"
IO.inspect(x47)
IO.inspect(x47, width: 120, limit: 3)
IO.puts(inspect(x47))
IO.inspect(x47, label: "l47", charlists: :as_lists)
x48 = {[b: 0, x_y: :==, d: -1, f: "a much longer string value to make lines wrap around", a: 42, items: 'hi there'], [1.0e-5, "x", -17, '', 0.5, 1000000, "x"]}
IO.inspect(x48)
IO.inspect(x48, width: 80, limit: :infinity)
IO.puts(inspect(x48))
IO.inspect(x48, label: "l48", charlists: :as_lists)
x49 = {:"with space"}
IO.inspect(x49)
IO.inspect(x49, width: 40, limit: 50)
IO.puts(inspect(x49))
IO.inspect(x49, label: "l49", charlists: :as_lists)
x50 = [items: [0, 1], ok?: -17, d: :==, value: [:"Elixir.Foo.Bar", -17, 255], a: [], f: [104, 105], b: [], e: [ok?: {[255, :error, [0, 1], 255, [104, 105], 3.14159, :"with space", 1.0e-5, 1, -17, 1000000, 0, -1, :error, :b?], {"tab\t"}, "x", :+, 1000000, [-2.25, "with \"quote\"", 255, :error, -2.25, [104, 105], "with \"quote\"", 'hi there', "x", "tab\t", '', "hello"]}, items: [ok?: 42, a: %{}, x_y: {42}, d: {'', 1.0, 1.0e20, 100.0, -17, 1180591620717411303424}, items: 255, f: false, c: [x_y: "x", a: 1180591620717411303424, d: 1, ok?: [104, 105], e: "é", name: "with \"quote\"", items: "with \"quote\"", value: "hello", c: "日本", b: true, f: "with \"quote\""], name: [e: "x", f: 'abc', b: 3.14159, items: :b?, ok?: 1, a: 1]], f: [name: {:"9x", "x", "日本", true, 1000000}, f: [ok?: 42, c: [104, 105], d: 42, e: 1.0e-5, value: 42, x_y: 1.0, b: "x", a: :a, items: "日本", f: :"9x", name: 1.0e-5]], b: "日本"], c: [items: [ok?: [], items: 100.0]], x_y: [], name: [104, 105]]
IO.inspect(x50)
IO.inspect(x50, width: 80, limit: 50)
IO.puts(inspect(x50))
IO.inspect(x50, label: "l50", charlists: :as_lists)
x51 = 1..5
IO.inspect(x51)
IO.inspect(x51, width: 80, limit: 3)
IO.puts(inspect(x51))
IO.inspect(x51, label: "l51", charlists: :as_lists)
x52 = [[[d: %{:id => 1.0e20, :a => 100.0}, ok?: [name: [104, 105], c: 1.0], c: "with \"quote\"", a: 42, f: %{"key two" => "hello", :name => '', :a => 0, 1 => 42, "s" => 3.14159}, b: 1.0e20, x_y: :b?, items: 'hi there', name: "x", value: [104, 105], e: {}], [104, 105]], [d: :"9x", e: {:b?, [1180591620717411303424, [104, 105], 1, -2.25], {"", [0, 1]}, %{:name => 0, "s" => 1000000, :a => :"with space", {1} => 'hi there', 2 => 1180591620717411303424, :b => 'hi there', "key two" => "hello", :id => "日本"}, [100.0, 0, "é"]}, items: [-1, [items: -17]], x_y: -17, ok?: {}, value: {{}, [items: '', c: [104, 105], a: nil, value: [0, 1]]}, f: 42, c: []], [d: [ok?: "é"], x_y: {[104, 105]}], [[0, 1], %{}, [{:+, "", 'abc', [0, 1], "tab\t"}], [1180591620717411303424], {"x", "a much longer string value to make lines wrap around", nil, [1.0], -17, ['abc', :ok, -17, 100.0, 1, :a, 1.0, 255, true, 'hi there', false, :==, 3.14159, true], [""], [c: 'hi there', a: 1180591620717411303424, b: :==, value: :a, f: :b?, x_y: "a much longer string value to make lines wrap around"], %{:id => 0.5, {1} => "hello"}, [ok?: ""], [0, 1000000, 42, "tab\t", 1.0, :Foo, [104, 105], "hello", :==, 'abc', 'abc', "x", "é", 255], :+, [b: 1.0e-5, f: 0, x_y: [0, 1], name: :ok, a: "日本", e: 'abc'], []}], [[f: [b: 'hi there'], ok?: {}, c: {"é", -1, 1, :==, :ok}], 255, %{:b => :==, "s" => %{{1} => 3.14159, [:l] => 255, 1 => 1000000, :b => -2.25, :a => 1, "key two" => "a much longer string value to make lines wrap around", "s" => [0, 1], :c => 255, :name => :error, 2 => :Foo}, [:l] => %{}, :id => 'abc'}, 'abc'], {}, {'abc', {}}, "a much longer string value to make lines wrap around", [true, 255, "é"], {{}, {'abc'}, 1180591620717411303424, [0, 1], %{:c => [a: "日本", items: :error, e: 'abc', c: "a much longer string value to make lines wrap around", f: :+], {1} => 'hi there', "s" => {[104, 105]}, "key two" => [-1, "日本", :ok, :Foo], [:l] => 'hi there', :a => [ok?: 3.14159, f: "with \"quote\"", c: 1.0]}}, [[a: [ok?: 1180591620717411303424, name: :==, e: 1000000, f: 'abc'], d: [:error, 1.0, :a], b: %{2 => "hello", "s" => 1180591620717411303424, :id => 1.0e-5, {1} => 100.0, 1 => "a much longer string value to make lines wrap around"}, name: 1, f: [255, :"Elixir.Foo.Bar"], e: ["", [0, 1], 1180591620717411303424, :ok, "hello", '', 1.0e20, "tab\t", :"Elixir.Foo.Bar", "hello"], value: {:a}, ok?: %{}, c: [ok?: "x", b: -2.25, c: :"with space", value: "", a: 0.5, items: "日本", name: :error, e: "with \"quote\""], items: [], x_y: "a much longer string value to make lines wrap around"]], [f: [x_y: {true, :==, 'hi there'}, a: [b: 1, x_y: 0, d: "hello", value: -2.25, ok?: :error], name: "x", c: %{:c => 1000000, :b => 0.5, :id => "", :name => 'hi there'}, value: 'abc']], 100.0, [[ok?: "x", e: %{}, f: 1..5, a: 1.0e-5, x_y: [e: 255, f: "日本", name: 0.5], value: 255, b: [[0, 1], :"9x", nil], name: [], items: [], c: {3.14159, 1.0}]]]
IO.inspect(x52)
IO.inspect(x52, width: 80, limit: :infinity)
IO.puts(inspect(x52))
IO.inspect(x52, label: "l52", charlists: :as_lists)
x53 = [[name: :+], 255, %{"s" => {{[:+], [], {255, -1, "é"}, '', 0, [], [c: [0, 1]], {}, [], [], [b: 100.0, c: :error, e: 'hi there', a: :"with space", name: 1.0e-5, d: "", x_y: nil, ok?: 255, value: -1, f: 0, items: 1.0], "with \"quote\""}, "with \"quote\"", [[ok?: 255, name: "with \"quote\""], -1, {:b?, "a much longer string value to make lines wrap around", 42, 1, 'abc', false}, 1.0e-5, {nil}, -17, [:"Elixir.Foo.Bar", '', 'abc', false], {'hi there', true, -2.25, [0, 1]}, 1, 255, {3.14159, 0.5, -2.25}, [name: 1180591620717411303424, a: nil, x_y: 1180591620717411303424], "a much longer string value to make lines wrap around", [0.5, 'hi there']], {{1.0, -17, "日本", -17, 'abc', [0, 1], 3.14159, 0, "tab\t", "a much longer string value to make lines wrap around", 'abc'}, {255, 'abc', 42, :"with space"}, [1000000, -1, [104, 105], 0.5, true, 'hi there', "", 1000000, 1180591620717411303424], {}, :b?, :"9x", {'', 100.0, 'hi there', -1, true, "a much longer string value to make lines wrap around", false, -1}}}, :id => [value: 0.5, d: [1000000, [[104, 105], 0.5]], c: -17, x_y: [104, 105]], 2 => []}, 255]
IO.inspect(x53)
IO.inspect(x53, width: 80, limit: :infinity)
IO.puts(inspect(x53))
IO.inspect(x53, label: "l53", charlists: :as_lists)
x54 = ['', "", 'abc', :Foo, :b?, "", 0, 42, [104, 105], :+, -1]
IO.inspect(x54)
IO.inspect(x54, width: 20, limit: 5)
IO.puts(inspect(x54))
IO.inspect(x54, label: "l54", charlists: :as_lists)
x55 = {}
IO.inspect(x55)
IO.inspect(x55, width: 40, limit: 5)
IO.puts(inspect(x55))
IO.inspect(x55, label: "l55", charlists: :as_lists)
x56 = {'hi there', '', "tab\t"}
IO.inspect(x56)
IO.inspect(x56, width: 80, limit: 3)
IO.puts(inspect(x56))
IO.inspect(x56, label: "l56", charlists: :as_lists)
x57 = %{:b => {[e: [], name: %{"s" => [3.14159, 1.0e20, 255, 'hi there', :ok], [:l] => :error, :id => :Foo}, f: 100.0, d: {3.14159, [[104, 105], 255]}, a: [], value: 1..10//2], [name: [name: 1..10//2], value: [1], ok?: [x_y: [1, [0, 1]]], items: 1.0e-5, a: {:==, []}, d: :==, b: 'hi there', e: %{:a => [:error, 1.0e20, 1.0e-5], 1 => [name: "tab\t", value: '', x_y: "with \"quote\"", d: -2.25, f: -1], :b => [b: false, x_y: 255, e: "tab\t"], "s" => {1000000, "hello"}, :name => []}, x_y: [[-1, "hello", 1.0e-5, :"with space", 0.5, :b?, '', 1.0e20, [0, 1], "a much longer string value to make lines wrap around"], {''}, [0], {-17, -1}, 42, [], "日本", "é", -17], c: [["a much longer string value to make lines wrap around", [104, 105], "a much longer string value to make lines wrap around", 1.0e-5, 255], [0], 'hi there'], f: {[value: 1.0e20, ok?: 'hi there'], 0.5, {0}}], %{"s" => '', 2 => [ok?: [0.5, 42, "", 1000000], a: 0], :b => 1180591620717411303424, :name => {}}, [%{:id => [x_y: [104, 105], value: :"with space", name: -17, d: "with \"quote\"", items: nil], 2 => [x_y: :Foo], {1} => [e: -2.25, ok?: 3.14159, items: "with \"quote\"", name: [104, 105], b: "with \"quote\"", x_y: nil, value: [104, 105], c: :"with space"]}], 'hi there'}, :name => [{false, {[1180591620717411303424, 1], :ok, {}}, [:b?, [0, 1], %{[:l] => -1, 2 => "with \"quote\"", "key two" => "", :id => :+, :a => "with \"quote\"", :c => 1180591620717411303424, "s" => 42, 1 => 1.0, :b => 1.0, {1} => "tab\t", :name => ''}, 0.5, []], 42}], [:l] => %{}, "key two" => [{[104, 105], [value: [a: :a], a: [b: "hello", d: 'hi there', ok?: 42, c: "é", e: "x", a: "with \"quote\"", value: "with \"quote\"", items: 1180591620717411303424]], [[-17, nil, '']], [%{:name => 1180591620717411303424}, 255, 1..10//2]}, %{:a => "tab\t", "key two" => {["hello", 1.0], %{:a => '', :id => "x", :b => -1, :name => 3.14159, 2 => [0, 1], "key two" => 100.0, :c => -1, {1} => [0, 1], [:l] => 1.0}}, :id => [0, 1], [:l] => 0}], 2 => {[[[:ok, 1.0e20, 1.0e-5, 1, [104, 105], 1, :"with space", :+, 100.0], :"Elixir.Foo.Bar"], "tab\t", 1.0, {[], "", {0}, {42}, [:"Elixir.Foo.Bar", [104, 105]], [x_y: 1.0e-5, name: 1.0, d: true]}]}}
IO.inspect(x57)
IO.inspect(x57, width: 40, limit: :infinity)
IO.puts(inspect(x57))
IO.inspect(x57, label: "l57", charlists: :as_lists)
x58 = {[a: %{:a => 1..10//2, :c => %{[:l] => 'hi there'}, "key two" => {1, 'hi there', 0, 255}}, e: -1, d: "a much longer string value to make lines wrap around", name: [[d: nil], "日本", ['abc', 0, "hello", false], {100.0}, %{1 => -2.25, 2 => 1.0e-5}, [-1, false], "tab\t", {"a much longer string value to make lines wrap around", [104, 105], 1180591620717411303424, [104, 105]}], f: {}]}
IO.inspect(x58)
IO.inspect(x58, width: 80, limit: 50)
IO.puts(inspect(x58))
IO.inspect(x58, label: "l58", charlists: :as_lists)
x59 = {}
IO.inspect(x59)
IO.inspect(x59, width: 80, limit: 50)
IO.puts(inspect(x59))
IO.inspect(x59, label: "l59", charlists: :as_lists)
x60 = [f: [[false, 1], 1.0e20, [value: 42, c: :Foo, d: [0, 1], f: 0.5, e: "", ok?: [0, 1], b: 3.14159, items: 1000000, a: "", name: [104, 105], x_y: 3.14159], %{}, :"with space", "日本", [b: "日本"]]]
IO.inspect(x60)
IO.inspect(x60, width: 40, limit: 3)
IO.puts(inspect(x60))
IO.inspect(x60, label: "l60", charlists: :as_lists)
x61 = 1..5
IO.inspect(x61)
IO.inspect(x61, width: 80, limit: 3)
IO.puts(inspect(x61))
IO.inspect(x61, label: "l61", charlists: :as_lists)
x62 = %{}
IO.inspect(x62)
IO.inspect(x62, width: 120, limit: 5)
IO.puts(inspect(x62))
IO.inspect(x62, label: "l62", charlists: :as_lists)
x63 = [[e: MapSet.new([1, 2]), value: [], b: %{}, c: "x", f: {[104, 105], 0, MapSet.new([1, 2])}, a: 1.0e-5, name: {1.0e20, %{"s" => -2.25}, %{}, %{1 => "日本", "s" => -17, :id => -1, {1} => "日本", :a => 1000000, :name => "é"}, [d: 1000000, e: "", f: 0.5, value: "tab\t", c: "a much longer string value to make lines wrap around", items: "a much longer string value to make lines wrap around", name: 1.0e-5, ok?: :"Elixir.Foo.Bar", x_y: 1.0], {}, ["tab\t", :==]}], [items: {}]]
IO.inspect(x63)
IO.inspect(x63, width: 40, limit: 5)
IO.puts(inspect(x63))
IO.inspect(x63, label: "l63", charlists: :as_lists)
x64 = [c: [0, 1], f: :"9x"]
IO.inspect(x64)
IO.inspect(x64, width: 120, limit: 50)
IO.puts(inspect(x64))
IO.inspect(x64, label: "l64", charlists: :as_lists)
x65 = [x_y: 1..5, items: -17, f: {[nil, "日本", :+], :Foo, {1, 0.5, "x", :"Elixir.Foo.Bar", "with \"quote\"", 'hi there', "x"}}, b: [value: 1, x_y: 'abc', f: [104, 105], a: {255, :ok, [104, 105], "é"}, name: 1.0e-5], name: {1180591620717411303424}]
IO.inspect(x65)
IO.inspect(x65, width: 80, limit: :infinity)
IO.puts(inspect(x65))
IO.inspect(x65, label: "l65", charlists: :as_lists)
x66 = :"Elixir.Foo.Bar"
IO.inspect(x66)
IO.inspect(x66, width: 80, limit: 5)
IO.puts(inspect(x66))
IO.inspect(x66, label: "l66", charlists: :as_lists)
x67 = {}
IO.inspect(x67)
IO.inspect(x67, width: 40, limit: 50)
IO.puts(inspect(x67))
IO.inspect(x67, label: "l67", charlists: :as_lists)
x68 = "é"
IO.inspect(x68)
IO.inspect(x68, width: 20, limit: 5)
IO.puts(inspect(x68))
IO.inspect(x68, label: "l68", charlists: :as_lists)
x69 = 'hi there'
IO.inspect(x69)
IO.inspect(x69, width: 20, limit: :infinity)
IO.puts(inspect(x69))
IO.inspect(x69, label: "l69", charlists: :as_lists)
x70 = %{:id => {'hi there', [e: {}], [x_y: [1.0, 42, 0, "with \"quote\"", "with \"quote\""]], {{1.0, :a, :b?, [104, 105], 1, "é", "x"}}, [x_y: :ok], :error, %{:b => [], "key two" => [c: 100.0, f: "hello"], [:l] => [1.0e20, 1180591620717411303424, [0, 1]], :a => {'abc', "tab\t", :a, :"9x", 'abc', "a much longer string value to make lines wrap around", "é", 255, :"with space", -1, 'abc', :"9x", "x", :"Elixir.Foo.Bar", true}}, %{:a => 0, {1} => [f: 100.0, a: 1.0, value: "tab\t", items: :"9x", c: :error, ok?: :"Elixir.Foo.Bar", d: 0.5, e: 0.5, name: 0, x_y: [104, 105], b: 255], 1 => {1000000}}}, 1 => {[e: [-17, 0.5, nil, -1, :error, "tab\t", :"9x", :a, 1.0e-5, 1180591620717411303424, "hello"], d: 1.0, c: "日本", items: [[0, 1], :a, -1], b: {}], ['hi there']}, {1} => %{1 => {[-17, '', "a much longer string value to make lines wrap around", :a, -17], [104, 105], 3.14159, %{}, 1.0e20, %{{1} => -17, :id => "hello", 1 => "tab\t"}, {3.14159, 'abc', [0, 1]}}, :b => -1, :c => [d: :"with space", x_y: [42, -1], a: ["日本", 1], f: {[0, 1]}, items: [ok?: 'hi there', d: 0.5, a: [0, 1], name: :ok, b: :b?, value: [0, 1], c: 1.0e20, items: "hello", e: 'abc', f: 'hi there', x_y: nil], c: "a much longer string value to make lines wrap around", name: {}], 2 => [f: [a: [0, 1], d: :b?, name: 0, items: 1000000], a: "with \"quote\"", c: [], name: [a: 0], b: [], ok?: [a: :"Elixir.Foo.Bar", items: -1, c: '', name: 'hi there'], x_y: 42, items: [a: -17, b: 0, e: 1180591620717411303424, d: -1]]}}
IO.inspect(x70)
IO.inspect(x70, width: 20, limit: :infinity)
IO.puts(inspect(x70))
IO.inspect(x70, label: "l70", charlists: :as_lists)
x71 = %{:c => 100.0, :id => "日本", 1 => 1.0e-5, "key two" => "hello"}
IO.inspect(x71)
IO.inspect(x71, width: 80, limit: 5)
IO.puts(inspect(x71))
IO.inspect(x71, label: "l71", charlists: :as_lists)
x72 = [name: [1..5], ok?: %{}, value: {{1.0e-5, :ok, "a much longer string value to make lines wrap around", 1180591620717411303424, 1180591620717411303424, 42, 0, "é"}, "é", [], {"hello"}}]
IO.inspect(x72)
IO.inspect(x72, width: 20, limit: :infinity)
IO.puts(inspect(x72))
IO.inspect(x72, label: "l72", charlists: :as_lists)
x73 = %{[:l] => :"Elixir.Foo.Bar", :name => :"Elixir.Foo.Bar"}
IO.inspect(x73)
IO.inspect(x73, width: 80, limit: :infinity)
IO.puts(inspect(x73))
IO.inspect(x73, label: "l73", charlists: :as_lists)
x74 = []
IO.inspect(x74)
IO.inspect(x74, width: 80, limit: :infinity)
IO.puts(inspect(x74))
IO.inspect(x74, label: "l74", charlists: :as_lists)
x75 = [%{2 => -2.25, :name => 255, {1} => "hello", "key two" => -2.25, :a => 0.5}]
IO.inspect(x75)
IO.inspect(x75, width: 80, limit: 50)
IO.puts(inspect(x75))
IO.inspect(x75, label: "l75", charlists: :as_lists)
x76 = "a much longer string value to make lines wrap around"
IO.inspect(x76)
IO.inspect(x76, width: 80, limit: 50)
IO.puts(inspect(x76))
IO.inspect(x76, label: "l76", charlists: :as_lists)
x77 = [value: ['abc', 1.0, 1, "a much longer string value to make lines wrap around", "tab\t", 3.14159], b: '', x_y: -17, ok?: {"", "x", 100.0, 42, "hello", :b?, [0, 1]}, a: 1..10//2]
IO.inspect(x77)
IO.inspect(x77, width: 80, limit: 50)
IO.puts(inspect(x77))
IO.inspect(x77, label: "l77", charlists: :as_lists)
x78 = -1
IO.inspect(x78)
IO.inspect(x78, width: 80, limit: 50)
IO.puts(inspect(x78))
IO.inspect(x78, label: "l78", charlists: :as_lists)
x79 = "hello"
IO.inspect(x79)
IO.inspect(x79, width: 80, limit: 3)
IO.puts(inspect(x79))
IO.inspect(x79, label: "l79", charlists: :as_lists)

# CHECK: {"日本", {}}
# CHECK-NEXT: {"日本", {}}
# CHECK-NEXT: {"日本", {}}
# CHECK-NEXT: l0: {"日本", {}}
# CHECK-NEXT: {{\[\[}}], %{}, "hello"]
# CHECK-NEXT: {{\[\[}}], %{}, "hello"]
# CHECK-NEXT: {{\[\[}}], %{}, "hello"]
# CHECK-NEXT: l1: {{\[\[}}], %{}, "hello"]
# CHECK-NEXT: [value: "日本", items: {}, d: %{"key two" => []}]
# CHECK-NEXT: [value: "日本", items: {}, d: %{"key two" => []}]
# CHECK-NEXT: [value: "日本", items: {}, d: %{"key two" => []}]
# CHECK-NEXT: l2: [value: "日本", items: {}, d: %{"key two" => []}]
# CHECK-NEXT: {{\[\[}}0, 1], [value: "x"]]
# CHECK-NEXT: {{\[\[}}0, 1], [value: "x"]]
# CHECK-NEXT: {{\[\[}}0, 1], [value: "x"]]
# CHECK-NEXT: l3: {{\[\[}}0, 1], [value: "x"]]
# CHECK-NEXT: {{\[\[}}[0, [], 0.5, 0, true, false, [], "x", [], true, [0, 1]]]]
# CHECK-NEXT: {{\[\[}}[0, [], 0.5, 0, true, false, [], "x", [], true, [0, 1]]]]
# CHECK-NEXT: {{\[\[}}[0, [], 0.5, 0, true, false, [], "x", [], true, [0, 1]]]]
# CHECK-NEXT: l4: {{\[\[}}[0, [], 0.5, 0, true, false, [], "x", [], true, [0, 1]]]]
# CHECK-NEXT: nil
# CHECK-NEXT: nil
# CHECK-NEXT: nil
# CHECK-NEXT: l5: nil
# CHECK-NEXT: :==
# CHECK-NEXT: :==
# CHECK-NEXT: :==
# CHECK-NEXT: l6: :==
# CHECK-NEXT: {:error, [], [], %{},
# CHECK-NEXT:  [
# CHECK-NEXT:    e: -1,
# CHECK-NEXT:    b: 'hi',
# CHECK-NEXT:    c: {[
# CHECK-NEXT:       b: :ok,
# CHECK-NEXT:       a: 1.0,
# CHECK-NEXT:       e: 1180591620717411303424,
# CHECK-NEXT:       name: 255,
# CHECK-NEXT:       c: "x",
# CHECK-NEXT:       d: [0, 1],
# CHECK-NEXT:       ok?: 0.5,
# CHECK-NEXT:       value: 1.0e-5,
# CHECK-NEXT:       x_y: 'hi',
# CHECK-NEXT:       items: :b?,
# CHECK-NEXT:       f: :ok
# CHECK-NEXT:     ], {[], -2.25, Foo.Bar, :"9x"}, [], 'hi', -17,
# CHECK-NEXT:     [name: 1180591620717411303424, d: 1.0e-5],
# CHECK-NEXT:     {-1, 'hi there', 3.14159, -2.25, 255, :error, Foo.Bar}}
# CHECK-NEXT:  ]}
# CHECK-NEXT: {:error, [], [], %{},
# CHECK-NEXT:  [
# CHECK-NEXT:    e: -1,
# CHECK-NEXT:    b: 'hi',
# CHECK-NEXT:    c: {[
# CHECK-NEXT:       b: :ok,
# CHECK-NEXT:       a: 1.0,
# CHECK-NEXT:       e: 1180591620717411303424,
# CHECK-NEXT:       name: 255,
# CHECK-NEXT:       c: "x",
# CHECK-NEXT:       d: [0, 1],
# CHECK-NEXT:       ok?: 0.5,
# CHECK-NEXT:       value: 1.0e-5,
# CHECK-NEXT:       x_y: 'hi',
# CHECK-NEXT:       items: :b?,
# CHECK-NEXT:       f: :ok
# CHECK-NEXT:     ], {[], -2.25, Foo.Bar, :"9x"}, [], 'hi', -17,
# CHECK-NEXT:     [name: 1180591620717411303424, d: 1.0e-5],
# CHECK-NEXT:     {-1, 'hi there', 3.14159, -2.25, 255, :error, Foo.Bar}}
# CHECK-NEXT:  ]}
# CHECK-NEXT: {:error, [], [], %{}, [e: -1, b: 'hi', c: {[b: :ok, a: 1.0, e: 1180591620717411303424, name: 255, c: "x", d: [0, 1], ok?: 0.5, value: 1.0e-5, x_y: 'hi', items: :b?, f: :ok], {[], -2.25, Foo.Bar, :"9x"}, [], 'hi', -17, [name: 1180591620717411303424, d: 1.0e-5], {-1, 'hi there', 3.14159, -2.25, 255, :error, Foo.Bar}}]}
# CHECK-NEXT: l7: {:error, [], [], %{},
# CHECK-NEXT:  [
# CHECK-NEXT:    e: -1,
# CHECK-NEXT:    b: [104, 105],
# CHECK-NEXT:    c: {[
# CHECK-NEXT:       b: :ok,
# CHECK-NEXT:       a: 1.0,
# CHECK-NEXT:       e: 1180591620717411303424,
# CHECK-NEXT:       name: 255,
# CHECK-NEXT:       c: "x",
# CHECK-NEXT:       d: [0, 1],
# CHECK-NEXT:       ok?: 0.5,
# CHECK-NEXT:       value: 1.0e-5,
# CHECK-NEXT:       x_y: [104, 105],
# CHECK-NEXT:       items: :b?,
# CHECK-NEXT:       f: :ok
# CHECK-NEXT:     ], {[], -2.25, Foo.Bar, :"9x"}, [], [104, 105], -17,
# CHECK-NEXT:     [name: 1180591620717411303424, d: 1.0e-5],
# CHECK-NEXT:     {-1, [104, 105, 32, 116, 104, 101, 114, 101], 3.14159, -2.25, 255, :error,
# CHECK-NEXT:      Foo.Bar}}
# CHECK-NEXT:  ]}
# CHECK-NEXT: Foo.Bar
# CHECK-NEXT: Foo.Bar
# CHECK-NEXT: Foo.Bar
# CHECK-NEXT: l8: Foo.Bar
# CHECK-NEXT: 1000000
# CHECK-NEXT: 1000000
# CHECK-NEXT: 1000000
# CHECK-NEXT: l9: 1000000
# CHECK-NEXT: [%{}, [], 0]
# CHECK-NEXT: [%{}, [], 0]
# CHECK-NEXT: [%{}, [], 0]
# CHECK-NEXT: l10: [%{}, [], 0]
# CHECK-NEXT: [
# CHECK-NEXT:   1,
# CHECK-NEXT:   [
# CHECK-NEXT:     {"hello", "é",
# CHECK-NEXT:      [
# CHECK-NEXT:        name: 1..10//2,
# CHECK-NEXT:        f: [
# CHECK-NEXT:          e: :"9x",
# CHECK-NEXT:          c: 0.5,
# CHECK-NEXT:          items: -2.25,
# CHECK-NEXT:          d: "é",
# CHECK-NEXT:          x_y: 1,
# CHECK-NEXT:          b: 42,
# CHECK-NEXT:          f: 1.0e-5,
# CHECK-NEXT:          name: 0,
# CHECK-NEXT:          a: "日本",
# CHECK-NEXT:          ok?: 'abc',
# CHECK-NEXT:          value: ""
# CHECK-NEXT:        ],
# CHECK-NEXT:        ok?: ['hi'],
# CHECK-NEXT:        b: "é",
# CHECK-NEXT:        a: 0,
# CHECK-NEXT:        c: [e: 42],
# CHECK-NEXT:        e: 255
# CHECK-NEXT:      ],
# CHECK-NEXT:      [
# CHECK-NEXT:        value: [],
# CHECK-NEXT:        items: 0.5,
# CHECK-NEXT:        ok?: {3.14159, "tab\t"},
# CHECK-NEXT:        a: [
# CHECK-NEXT:          [0, 1],
# CHECK-NEXT:          "tab\t",
# CHECK-NEXT:          nil,
# CHECK-NEXT:          "a much longer string value to make lines wrap around"
# CHECK-NEXT:        ],
# CHECK-NEXT:        d: {-17, "tab\t", "a much longer string value to make lines wrap around"},
# CHECK-NEXT:        c: "日本",
# CHECK-NEXT:        b: {0.5, "hello", 100.0},
# CHECK-NEXT:        f: :a
# CHECK-NEXT:      ], [], [b: 1..10//2, c: %{}], 0.5,
# CHECK-NEXT:      {"x", %{1 => "tab\t", :a => 1000000, :name => false, {1} => 1000000},
# CHECK-NEXT:       {'hi there', :error, Foo.Bar, 'abc', "é", "with \"quote\"", 1.0e-5},
# CHECK-NEXT:       :Foo, [], "a much longer string value to make lines wrap around"}, 1.0e-5,
# CHECK-NEXT:      [ok?: 1000000, name: {:+, 'hi there', "tab\t"}, x_y: ['hi', :+, 'abc']]},
# CHECK-NEXT:     [
# CHECK-NEXT:       %{},
# CHECK-NEXT:       [
# CHECK-NEXT:         name: [e: :a, name: 0.5],
# CHECK-NEXT:         e: ["x", 255],
# CHECK-NEXT:         c: :a,
# CHECK-NEXT:         b: {42, 1.0, [], true, 1000000, "x", 1000000, 0.5},
# CHECK-NEXT:         ok?: "tab\t"
# CHECK-NEXT:       ],
# CHECK-NEXT:       [f: [], name: {'hi there', 3.14159, "日本", "tab\t"}, d: 1000000],
# CHECK-NEXT:       -17,
# CHECK-NEXT:       ['abc']
# CHECK-NEXT:     ],
# CHECK-NEXT:     %{
# CHECK-NEXT:       2 => 255,
# CHECK-NEXT:       :a => {{\{\{}}}},
# CHECK-NEXT:       :c => [],
# CHECK-NEXT:       {1} => [3.14159],
# CHECK-NEXT:       [:l] => {[
# CHECK-NEXT:          x_y: 1.0e20,
# CHECK-NEXT:          b: 0.5,
# CHECK-NEXT:          d: 'hi there',
# CHECK-NEXT:          ok?: 1180591620717411303424,
# CHECK-NEXT:          a: "hello",
# CHECK-NEXT:          name: 1.0,
# CHECK-NEXT:          f: 'abc'
# CHECK-NEXT:        ], -1, 1.0}
# CHECK-NEXT:     },
# CHECK-NEXT:     [
# CHECK-NEXT:       'hi there',
# CHECK-NEXT:       {{\{\{}}:==, 3.14159, "hello"},
# CHECK-NEXT:        %{1 => 0, 2 => nil, :b => 'abc', :id => 255, {1} => "é", "s" => -17},
# CHECK-NEXT:        {:error, -2.25, 100.0, "é", 'hi', [], -2.25, 3.14159, 255, false, :b?,
# CHECK-NEXT:         1180591620717411303424, -17, 1000000},
# CHECK-NEXT:        [e: true, f: 100.0, x_y: 1.0, ok?: 1.0e20, c: [0, 1], items: []], [],
# CHECK-NEXT:        ["a much longer string value to make lines wrap around",
# CHECK-NEXT:         "a much longer string value to make lines wrap around", :Foo], [],
# CHECK-NEXT:        "with \"quote\"", %{:a => 1, :b => "tab\t", [:l] => ""},
# CHECK-NEXT:        {-17, :==, [], 'hi there'}},
# CHECK-NEXT:       [
# CHECK-NEXT:         %{1 => false, :b => "x", :id => Foo.Bar},
# CHECK-NEXT:         {:"with space", "hello"},
# CHECK-NEXT:         ["é", true, "é", 255, :a, 1180591620717411303424, :Foo, 100.0],
# CHECK-NEXT:         %{},
# CHECK-NEXT:         %{2 => "x", :id => 100.0, "key two" => -17},
# CHECK-NEXT:         -1,
# CHECK-NEXT:         [x_y: true, e: :b?],
# CHECK-NEXT:         [Foo.Bar, -1, 0, 1, "hello", "hello"]
# CHECK-NEXT:       ],
# CHECK-NEXT:       [
# CHECK-NEXT:         "",
# CHECK-NEXT:         [e: "hello", ok?: "", c: 255],
# CHECK-NEXT:         Foo.Bar,
# CHECK-NEXT:         'abc',
# CHECK-NEXT:         "tab\t",
# CHECK-NEXT:         100.0,
# CHECK-NEXT:         %{
# CHECK-NEXT:           1 => 0.5,
# CHECK-NEXT:           :a => "hello",
# CHECK-NEXT:           :name => "é",
# CHECK-NEXT:           {1} => 'hi',
# CHECK-NEXT:           [:l] => 42,
# CHECK-NEXT:           "key two" => 'hi',
# CHECK-NEXT:           "s" => 'hi there'
# CHECK-NEXT:         },
# CHECK-NEXT:         [:b?, -17, -1],
# CHECK-NEXT:         {"with \"quote\"", 100.0, "tab\t", :Foo, 'hi'},
# CHECK-NEXT:         "hello",
# CHECK-NEXT:         {:"9x"}
# CHECK-NEXT:       ],
# CHECK-NEXT:       %{
# CHECK-NEXT:         2 => {:+, true, 0.5, :ok, 42, true},
# CHECK-NEXT:         :a => "x",
# CHECK-NEXT:         :b => {},
# CHECK-NEXT:         :c => ['hi there'],
# CHECK-NEXT:         :id => 'hi there',
# CHECK-NEXT:         :name => {"", 0},
# CHECK-NEXT:         {1} => true,
# CHECK-NEXT:         [:l] => [100.0],
# CHECK-NEXT:         "key two" => 0.5,
# CHECK-NEXT:         "s" => {}
# CHECK-NEXT:       }
# CHECK-NEXT:     ],
# CHECK-NEXT:     1,
# CHECK-NEXT:     [
# CHECK-NEXT:       items: [value: 'hi there', c: {'hi', 0.5, 1.0e20}],
# CHECK-NEXT:       ok?: ["hello", [:error]]
# CHECK-NEXT:     ],
# CHECK-NEXT:     [
# CHECK-NEXT:       1.0e20,
# CHECK-NEXT:       {},
# CHECK-NEXT:       [],
# CHECK-NEXT:       [items: ['hi', 'hi there', "", 0.5, -17, "é", 'abc', :Foo]],
# CHECK-NEXT:       [0, 1],
# CHECK-NEXT:       [
# CHECK-NEXT:         x_y: {:Foo, 0, -1, 42},
# CHECK-NEXT:         items: 'hi there',
# CHECK-NEXT:         c: [
# CHECK-NEXT:           f: 1180591620717411303424,
# CHECK-NEXT:           value: "",
# CHECK-NEXT:           d: Foo.Bar,
# CHECK-NEXT:           name: "é",
# CHECK-NEXT:           items: 1,
# CHECK-NEXT:           x_y: 1180591620717411303424,
# CHECK-NEXT:           e: "tab\t",
# CHECK-NEXT:           a: 1.0,
# CHECK-NEXT:           c: 1180591620717411303424,
# CHECK-NEXT:           b: "a much longer string value to make lines wrap around",
# CHECK-NEXT:           ok?: -1
# CHECK-NEXT:         ],
# CHECK-NEXT:         a: true,
# CHECK-NEXT:         ok?: 0
# CHECK-NEXT:       ],
# CHECK-NEXT:       %{
# CHECK-NEXT:         2 => 1..10//2,
# CHECK-NEXT:         :b => [f: 1.0e20, c: :a],
# CHECK-NEXT:         {1} => [1, "日本", :==],
# CHECK-NEXT:         [:l] => 'hi',
# CHECK-NEXT:         "key two" => ['hi', "x", "x", :b?, 1000000]
# CHECK-NEXT:       },
# CHECK-NEXT:       false,
# CHECK-NEXT:       :"with space",
# CHECK-NEXT:       {[], "hello",
# CHECK-NEXT:        [
# CHECK-NEXT:          ok?: 1000000,
# CHECK-NEXT:          c: 3.14159,
# CHECK-NEXT:          x_y: :b?,
# CHECK-NEXT:          b: :b?,
# CHECK-NEXT:          value: "",
# CHECK-NEXT:          d: "é",
# CHECK-NEXT:          name: -17,
# CHECK-NEXT:          items: 1,
# CHECK-NEXT:          a: false,
# CHECK-NEXT:          e: 1180591620717411303424,
# CHECK-NEXT:          f: 'hi there'
# CHECK-NEXT:        ], [x_y: [], e: false, a: -1, b: []], :b?,
# CHECK-NEXT:        [
# CHECK-NEXT:          e: "a much longer string value to make lines wrap around",
# CHECK-NEXT:          value: 0,
# CHECK-NEXT:          b: 'hi there',
# CHECK-NEXT:          c: :"with space",
# CHECK-NEXT:          items: -2.25,
# CHECK-NEXT:          ok?: 3.14159,
# CHECK-NEXT:          a: "",
# CHECK-NEXT:          d: 0,
# CHECK-NEXT:          f: -1,
# CHECK-NEXT:          name: [0, 1],
# CHECK-NEXT:          x_y: false
# CHECK-NEXT:        ],
# CHECK-NEXT:        [
# CHECK-NEXT:          [0, 1],
# CHECK-NEXT:          255,
# CHECK-NEXT:          100.0,
# CHECK-NEXT:          1000000,
# CHECK-NEXT:          "a much longer string value to make lines wrap around",
# CHECK-NEXT:          'abc',
# CHECK-NEXT:          0,
# CHECK-NEXT:          -2.25,
# CHECK-NEXT:          -17
# CHECK-NEXT:        ], {true, :a}, %{:c => true, [:l] => -2.25, "key two" => "hello"},
# CHECK-NEXT:        [name: "", items: 1000000], ["tab\t", 1.0e20], :==},
# CHECK-NEXT:       %{:b => %{}, {1} => [], [:l] => :+, "s" => 100.0},
# CHECK-NEXT:       {1..5, {"a much longer string value to make lines wrap around", 3.14159},
# CHECK-NEXT:        [a: :ok, ok?: [], value: 42, x_y: 1.0e20, b: 100.0], :"with space",
# CHECK-NEXT:        {1.0e20, 1180591620717411303424, :Foo, :+, false, true}},
# CHECK-NEXT:       %{
# CHECK-NEXT:         1 => 'hi there',
# CHECK-NEXT:         2 => [],
# CHECK-NEXT:         :a => {{\[\[}}0, 1], [], 'abc', 3.14159, :b?],
# CHECK-NEXT:         :b => 'hi',
# CHECK-NEXT:         :c => {3.14159, "a much longer string value to make lines wrap around",
# CHECK-NEXT:          "x"},
# CHECK-NEXT:         :id => %{},
# CHECK-NEXT:         :name => :Foo,
# CHECK-NEXT:         {1} => ["é", -2.25],
# CHECK-NEXT:         [:l] => {100.0},
# CHECK-NEXT:         "key two" => [e: 'hi there', name: 0, x_y: "tab\t", value: 3.14159],
# CHECK-NEXT:         "s" => "é"
# CHECK-NEXT:       }
# CHECK-NEXT:     ],
# CHECK-NEXT:     [items: [], d: true, e: 1.0],
# CHECK-NEXT:     1..5
# CHECK-NEXT:   ],
# CHECK-NEXT:   {}
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   1,
# CHECK-NEXT:   [
# CHECK-NEXT:     {"hello", "é",
# CHECK-NEXT:      [
# CHECK-NEXT:        name: 1..10//2,
# CHECK-NEXT:        f: [
# CHECK-NEXT:          e: :"9x",
# CHECK-NEXT:          c: 0.5,
# CHECK-NEXT:          items: -2.25,
# CHECK-NEXT:          d: "é",
# CHECK-NEXT:          x_y: 1,
# CHECK-NEXT:          b: 42,
# CHECK-NEXT:          f: 1.0e-5,
# CHECK-NEXT:          name: 0,
# CHECK-NEXT:          a: "日本",
# CHECK-NEXT:          ok?: 'abc',
# CHECK-NEXT:          value: ""
# CHECK-NEXT:        ],
# CHECK-NEXT:        ok?: ['hi'],
# CHECK-NEXT:        b: "é",
# CHECK-NEXT:        a: 0,
# CHECK-NEXT:        c: [e: 42],
# CHECK-NEXT:        e: 255
# CHECK-NEXT:      ],
# CHECK-NEXT:      [
# CHECK-NEXT:        value: [],
# CHECK-NEXT:        items: 0.5,
# CHECK-NEXT:        ok?: {3.14159, "tab\t"},
# CHECK-NEXT:        a: [
# CHECK-NEXT:          [0, 1],
# CHECK-NEXT:          "tab\t",
# CHECK-NEXT:          nil,
# CHECK-NEXT:          "a much longer string value to make lines wrap around"
# CHECK-NEXT:        ],
# CHECK-NEXT:        d: {-17, "tab\t", "a much longer string value to make lines wrap around"},
# CHECK-NEXT:        c: "日本",
# CHECK-NEXT:        b: {0.5, "hello", 100.0},
# CHECK-NEXT:        f: :a
# CHECK-NEXT:      ], [], [b: 1..10//2, c: %{}], 0.5,
# CHECK-NEXT:      {"x", %{1 => "tab\t", :a => 1000000, :name => false, {1} => 1000000},
# CHECK-NEXT:       {'hi there', :error, Foo.Bar, 'abc', "é", "with \"quote\"", 1.0e-5},
# CHECK-NEXT:       :Foo, [], "a much longer string value to make lines wrap around"}, 1.0e-5,
# CHECK-NEXT:      [ok?: 1000000, name: {:+, 'hi there', "tab\t"}, x_y: ['hi', :+, 'abc']]},
# CHECK-NEXT:     [
# CHECK-NEXT:       %{},
# CHECK-NEXT:       [
# CHECK-NEXT:         name: [e: :a, name: 0.5],
# CHECK-NEXT:         e: ["x", 255],
# CHECK-NEXT:         c: :a,
# CHECK-NEXT:         b: {42, 1.0, [], true, 1000000, "x", 1000000, 0.5},
# CHECK-NEXT:         ok?: "tab\t"
# CHECK-NEXT:       ],
# CHECK-NEXT:       [f: [], name: {'hi there', 3.14159, "日本", "tab\t"}, d: 1000000],
# CHECK-NEXT:       -17,
# CHECK-NEXT:       ['abc']
# CHECK-NEXT:     ],
# CHECK-NEXT:     %{
# CHECK-NEXT:       2 => 255,
# CHECK-NEXT:       :a => {{\{\{}}}},
# CHECK-NEXT:       :c => [],
# CHECK-NEXT:       {1} => [3.14159],
# CHECK-NEXT:       [:l] => {[
# CHECK-NEXT:          x_y: 1.0e20,
# CHECK-NEXT:          b: 0.5,
# CHECK-NEXT:          d: 'hi there',
# CHECK-NEXT:          ok?: 1180591620717411303424,
# CHECK-NEXT:          a: "hello",
# CHECK-NEXT:          name: 1.0,
# CHECK-NEXT:          f: 'abc'
# CHECK-NEXT:        ], -1, 1.0}
# CHECK-NEXT:     },
# CHECK-NEXT:     [
# CHECK-NEXT:       'hi there',
# CHECK-NEXT:       {{\{\{}}:==, 3.14159, "hello"},
# CHECK-NEXT:        %{1 => 0, 2 => nil, :b => 'abc', :id => 255, {1} => "é", "s" => -17},
# CHECK-NEXT:        {:error, -2.25, 100.0, "é", 'hi', [], -2.25, 3.14159, 255, false, :b?,
# CHECK-NEXT:         1180591620717411303424, -17, 1000000},
# CHECK-NEXT:        [e: true, f: 100.0, x_y: 1.0, ok?: 1.0e20, c: [0, 1], items: []], [],
# CHECK-NEXT:        ["a much longer string value to make lines wrap around",
# CHECK-NEXT:         "a much longer string value to make lines wrap around", :Foo], [],
# CHECK-NEXT:        "with \"quote\"", %{:a => 1, :b => "tab\t", [:l] => ""},
# CHECK-NEXT:        {-17, :==, [], 'hi there'}},
# CHECK-NEXT:       [
# CHECK-NEXT:         %{1 => false, :b => "x", :id => Foo.Bar},
# CHECK-NEXT:         {:"with space", "hello"},
# CHECK-NEXT:         ["é", true, "é", 255, :a, 1180591620717411303424, :Foo, 100.0],
# CHECK-NEXT:         %{},
# CHECK-NEXT:         %{2 => "x", :id => 100.0, "key two" => -17},
# CHECK-NEXT:         -1,
# CHECK-NEXT:         [x_y: true, e: :b?],
# CHECK-NEXT:         [Foo.Bar, -1, 0, 1, "hello", "hello"]
# CHECK-NEXT:       ],
# CHECK-NEXT:       [
# CHECK-NEXT:         "",
# CHECK-NEXT:         [e: "hello", ok?: "", c: 255],
# CHECK-NEXT:         Foo.Bar,
# CHECK-NEXT:         'abc',
# CHECK-NEXT:         "tab\t",
# CHECK-NEXT:         100.0,
# CHECK-NEXT:         %{
# CHECK-NEXT:           1 => 0.5,
# CHECK-NEXT:           :a => "hello",
# CHECK-NEXT:           :name => "é",
# CHECK-NEXT:           {1} => 'hi',
# CHECK-NEXT:           [:l] => 42,
# CHECK-NEXT:           "key two" => 'hi',
# CHECK-NEXT:           "s" => 'hi there'
# CHECK-NEXT:         },
# CHECK-NEXT:         [:b?, -17, -1],
# CHECK-NEXT:         {"with \"quote\"", 100.0, "tab\t", :Foo, 'hi'},
# CHECK-NEXT:         "hello",
# CHECK-NEXT:         {:"9x"}
# CHECK-NEXT:       ],
# CHECK-NEXT:       %{
# CHECK-NEXT:         2 => {:+, true, 0.5, :ok, 42, true},
# CHECK-NEXT:         :a => "x",
# CHECK-NEXT:         :b => {},
# CHECK-NEXT:         :c => ['hi there'],
# CHECK-NEXT:         :id => 'hi there',
# CHECK-NEXT:         :name => {"", 0},
# CHECK-NEXT:         {1} => true,
# CHECK-NEXT:         [:l] => [100.0],
# CHECK-NEXT:         "key two" => 0.5,
# CHECK-NEXT:         "s" => {}
# CHECK-NEXT:       }
# CHECK-NEXT:     ],
# CHECK-NEXT:     1,
# CHECK-NEXT:     [
# CHECK-NEXT:       items: [value: 'hi there', c: {'hi', 0.5, 1.0e20}],
# CHECK-NEXT:       ok?: ["hello", [:error]]
# CHECK-NEXT:     ],
# CHECK-NEXT:     [
# CHECK-NEXT:       1.0e20,
# CHECK-NEXT:       {},
# CHECK-NEXT:       [],
# CHECK-NEXT:       [items: ['hi', 'hi there', "", 0.5, -17, "é", 'abc', :Foo]],
# CHECK-NEXT:       [0, 1],
# CHECK-NEXT:       [
# CHECK-NEXT:         x_y: {:Foo, 0, -1, 42},
# CHECK-NEXT:         items: 'hi there',
# CHECK-NEXT:         c: [
# CHECK-NEXT:           f: 1180591620717411303424,
# CHECK-NEXT:           value: "",
# CHECK-NEXT:           d: Foo.Bar,
# CHECK-NEXT:           name: "é",
# CHECK-NEXT:           items: 1,
# CHECK-NEXT:           x_y: 1180591620717411303424,
# CHECK-NEXT:           e: "tab\t",
# CHECK-NEXT:           a: 1.0,
# CHECK-NEXT:           c: 1180591620717411303424,
# CHECK-NEXT:           b: "a much longer string value to make lines wrap around",
# CHECK-NEXT:           ok?: -1
# CHECK-NEXT:         ],
# CHECK-NEXT:         a: true,
# CHECK-NEXT:         ok?: 0
# CHECK-NEXT:       ],
# CHECK-NEXT:       %{
# CHECK-NEXT:         2 => 1..10//2,
# CHECK-NEXT:         :b => [f: 1.0e20, c: :a],
# CHECK-NEXT:         {1} => [1, "日本", :==],
# CHECK-NEXT:         [:l] => 'hi',
# CHECK-NEXT:         "key two" => ['hi', "x", "x", :b?, 1000000]
# CHECK-NEXT:       },
# CHECK-NEXT:       false,
# CHECK-NEXT:       :"with space",
# CHECK-NEXT:       {[], "hello",
# CHECK-NEXT:        [
# CHECK-NEXT:          ok?: 1000000,
# CHECK-NEXT:          c: 3.14159,
# CHECK-NEXT:          x_y: :b?,
# CHECK-NEXT:          b: :b?,
# CHECK-NEXT:          value: "",
# CHECK-NEXT:          d: "é",
# CHECK-NEXT:          name: -17,
# CHECK-NEXT:          items: 1,
# CHECK-NEXT:          a: false,
# CHECK-NEXT:          e: 1180591620717411303424,
# CHECK-NEXT:          f: 'hi there'
# CHECK-NEXT:        ], [x_y: [], e: false, a: -1, b: []], :b?,
# CHECK-NEXT:        [
# CHECK-NEXT:          e: "a much longer string value to make lines wrap around",
# CHECK-NEXT:          value: 0,
# CHECK-NEXT:          b: 'hi there',
# CHECK-NEXT:          c: :"with space",
# CHECK-NEXT:          items: -2.25,
# CHECK-NEXT:          ok?: 3.14159,
# CHECK-NEXT:          a: "",
# CHECK-NEXT:          d: 0,
# CHECK-NEXT:          f: -1,
# CHECK-NEXT:          name: [0, 1],
# CHECK-NEXT:          x_y: false
# CHECK-NEXT:        ],
# CHECK-NEXT:        [
# CHECK-NEXT:          [0, 1],
# CHECK-NEXT:          255,
# CHECK-NEXT:          100.0,
# CHECK-NEXT:          1000000,
# CHECK-NEXT:          "a much longer string value to make lines wrap around",
# CHECK-NEXT:          'abc',
# CHECK-NEXT:          0,
# CHECK-NEXT:          -2.25,
# CHECK-NEXT:          -17
# CHECK-NEXT:        ], {true, :a}, %{:c => true, [:l] => -2.25, "key two" => "hello"},
# CHECK-NEXT:        [name: "", items: 1000000], ["tab\t", 1.0e20], :==},
# CHECK-NEXT:       %{:b => %{}, {1} => [], [:l] => :+, "s" => 100.0},
# CHECK-NEXT:       {1..5, {"a much longer string value to make lines wrap around", 3.14159},
# CHECK-NEXT:        [a: :ok, ok?: [], value: 42, x_y: 1.0e20, b: 100.0], :"with space",
# CHECK-NEXT:        {1.0e20, 1180591620717411303424, :Foo, :+, false, true}},
# CHECK-NEXT:       %{
# CHECK-NEXT:         1 => 'hi there',
# CHECK-NEXT:         2 => [],
# CHECK-NEXT:         :a => {{\[\[}}0, 1], [], 'abc', 3.14159, :b?],
# CHECK-NEXT:         :b => 'hi',
# CHECK-NEXT:         :c => {3.14159, "a much longer string value to make lines wrap around",
# CHECK-NEXT:          "x"},
# CHECK-NEXT:         :id => %{},
# CHECK-NEXT:         :name => :Foo,
# CHECK-NEXT:         {1} => ["é", -2.25],
# CHECK-NEXT:         [:l] => {100.0},
# CHECK-NEXT:         "key two" => [e: 'hi there', name: 0, x_y: "tab\t", value: 3.14159],
# CHECK-NEXT:         "s" => "é"
# CHECK-NEXT:       }
# CHECK-NEXT:     ],
# CHECK-NEXT:     [items: [], d: true, e: 1.0],
# CHECK-NEXT:     1..5
# CHECK-NEXT:   ],
# CHECK-NEXT:   {}
# CHECK-NEXT: ]
# CHECK-NEXT: [1, [{"hello", "é", [name: 1..10//2, f: [e: :"9x", c: 0.5, items: -2.25, d: "é", x_y: 1, b: 42, f: 1.0e-5, name: 0, a: "日本", ok?: 'abc', value: ""], ok?: ['hi'], b: "é", a: 0, c: [e: 42], e: 255], [value: [], items: 0.5, ok?: {3.14159, "tab\t"}, a: {{\[\[}}0, 1], "tab\t", nil, "a much longer string value to make lines wrap around"], d: {-17, "tab\t", "a much longer string value to make lines wrap around"}, c: "日本", b: {0.5, "hello", 100.0}, f: :a], [], [b: 1..10//2, c: %{}], 0.5, {"x", %{1 => "tab\t", :a => 1000000, :name => false, {1} => 1000000}, {'hi there', :error, Foo.Bar, 'abc', "é", "with \"quote\"", 1.0e-5}, :Foo, [], "a much longer string value to make lines wrap around"}, 1.0e-5, [ok?: 1000000, name: {:+, 'hi there', "tab\t"}, x_y: ['hi', :+, 'abc']]}, [%{}, [name: [e: :a, name: 0.5], e: ["x", 255], c: :a, b: {42, 1.0, [], true, 1000000, "x", 1000000, 0.5}, ok?: "tab\t"], [f: [], name: {'hi there', 3.14159, "日本", "tab\t"}, d: 1000000], -17, ['abc']], %{2 => 255, :a => {{\{\{}}}}, :c => [], {1} => [3.14159], [:l] => {[x_y: 1.0e20, b: 0.5, d: 'hi there', ok?: 1180591620717411303424, a: "hello", name: 1.0, f: 'abc'], -1, 1.0}}, ['hi there', {{\{\{}}:==, 3.14159, "hello"}, %{1 => 0, 2 => nil, :b => 'abc', :id => 255, {1} => "é", "s" => -17}, {:error, -2.25, 100.0, "é", 'hi', [], -2.25, 3.14159, 255, false, :b?, 1180591620717411303424, -17, 1000000}, [e: true, f: 100.0, x_y: 1.0, ok?: 1.0e20, c: [0, 1], items: []], [], ["a much longer string value to make lines wrap around", "a much longer string value to make lines wrap around", :Foo], [], "with \"quote\"", %{:a => 1, :b => "tab\t", [:l] => ""}, {-17, :==, [], 'hi there'}}, [%{1 => false, :b => "x", :id => Foo.Bar}, {:"with space", "hello"}, ["é", true, "é", 255, :a, 1180591620717411303424, :Foo, 100.0], %{}, %{2 => "x", :id => 100.0, "key two" => -17}, -1, [x_y: true, e: :b?], [Foo.Bar, -1, 0, 1, "hello", "hello"]], ["", [e: "hello", ok?: "", c: 255], Foo.Bar, 'abc', "tab\t", 100.0, %{1 => 0.5, :a => "hello", :name => "é", {1} => 'hi', [:l] => 42, "key two" => 'hi', "s" => 'hi there'}, [:b?, -17, -1], {"with \"quote\"", 100.0, "tab\t", :Foo, 'hi'}, "hello", {:"9x"}], %{2 => {:+, true, 0.5, :ok, 42, true}, :a => "x", :b => {}, :c => ['hi there'], :id => 'hi there', :name => {"", 0}, {1} => true, [:l] => [100.0], "key two" => 0.5, "s" => {}}], 1, [items: [value: 'hi there', c: {'hi', 0.5, 1.0e20}], ok?: ["hello", [:error]]], [1.0e20, {}, [], [items: ['hi', 'hi there', "", 0.5, -17, "é", 'abc', :Foo]], [0, 1], [x_y: {:Foo, 0, -1, 42}, items: 'hi there', c: [f: 1180591620717411303424, value: "", d: Foo.Bar, name: "é", items: 1, x_y: 1180591620717411303424, e: "tab\t", a: 1.0, c: 1180591620717411303424, b: "a much longer string value to make lines wrap around", ok?: -1], a: true, ok?: 0], %{2 => 1..10//2, :b => [f: 1.0e20, c: :a], {1} => [1, "日本", :==], [:l] => 'hi', "key two" => ['hi', "x", "x", :b?, 1000000]}, false, :"with space", {[], "hello", [ok?: 1000000, c: 3.14159, x_y: :b?, b: :b?, value: "", d: "é", name: -17, items: 1, a: false, e: 1180591620717411303424, f: 'hi there'], [x_y: [], e: false, a: -1, b: []], :b?, [e: "a much longer string value to make lines wrap around", value: 0, b: 'hi there', c: :"with space", items: -2.25, ok?: 3.14159, a: "", d: 0, f: -1, name: [0, 1], x_y: false], {{\[\[}}0, 1], 255, 100.0, 1000000, "a much longer string value to make lines wrap around", 'abc', 0, -2.25, -17], {true, :a}, %{:c => true, [:l] => -2.25, "key two" => "hello"}, [name: "", items: 1000000], ["tab\t", 1.0e20], :==}, %{:b => %{}, {1} => [], [:l] => :+, "s" => 100.0}, {1..5, {"a much longer string value to make lines wrap around", 3.14159}, [a: :ok, ok?: [], value: 42, x_y: 1.0e20, b: 100.0], :"with space", {1.0e20, 1180591620717411303424, :Foo, :+, false, true}}, %{1 => 'hi there', 2 => [], :a => {{\[\[}}0, 1], [], 'abc', 3.14159, :b?], :b => 'hi', :c => {3.14159, "a much longer string value to make lines wrap around", "x"}, :id => %{}, :name => :Foo, {1} => ["é", -2.25], [:l] => {100.0}, "key two" => [e: 'hi there', name: 0, x_y: "tab\t", value: 3.14159], "s" => "é"}], [items: [], d: true, e: 1.0], 1..5], {}]
# CHECK-NEXT: l11: [
# CHECK-NEXT:   1,
# CHECK-NEXT:   [
# CHECK-NEXT:     {"hello", "é",
# CHECK-NEXT:      [
# CHECK-NEXT:        name: 1..10//2,
# CHECK-NEXT:        f: [
# CHECK-NEXT:          e: :"9x",
# CHECK-NEXT:          c: 0.5,
# CHECK-NEXT:          items: -2.25,
# CHECK-NEXT:          d: "é",
# CHECK-NEXT:          x_y: 1,
# CHECK-NEXT:          b: 42,
# CHECK-NEXT:          f: 1.0e-5,
# CHECK-NEXT:          name: 0,
# CHECK-NEXT:          a: "日本",
# CHECK-NEXT:          ok?: [97, 98, 99],
# CHECK-NEXT:          value: ""
# CHECK-NEXT:        ],
# CHECK-NEXT:        ok?: {{\[\[}}104, 105]],
# CHECK-NEXT:        b: "é",
# CHECK-NEXT:        a: 0,
# CHECK-NEXT:        c: [e: 42],
# CHECK-NEXT:        e: 255
# CHECK-NEXT:      ],
# CHECK-NEXT:      [
# CHECK-NEXT:        value: [],
# CHECK-NEXT:        items: 0.5,
# CHECK-NEXT:        ok?: {3.14159, "tab\t"},
# CHECK-NEXT:        a: [
# CHECK-NEXT:          [0, 1],
# CHECK-NEXT:          "tab\t",
# CHECK-NEXT:          nil,
# CHECK-NEXT:          "a much longer string value to make lines wrap around"
# CHECK-NEXT:        ],
# CHECK-NEXT:        d: {-17, "tab\t", "a much longer string value to make lines wrap around"},
# CHECK-NEXT:        c: "日本",
# CHECK-NEXT:        b: {0.5, "hello", 100.0},
# CHECK-NEXT:        f: :a
# CHECK-NEXT:      ], [], [b: 1..10//2, c: %{}], 0.5,
# CHECK-NEXT:      {"x", %{1 => "tab\t", :a => 1000000, :name => false, {1} => 1000000},
# CHECK-NEXT:       {[104, 105, 32, 116, 104, 101, 114, 101], :error, Foo.Bar, [97, 98, 99],
# CHECK-NEXT:        "é", "with \"quote\"", 1.0e-5}, :Foo, [],
# CHECK-NEXT:       "a much longer string value to make lines wrap around"}, 1.0e-5,
# CHECK-NEXT:      [
# CHECK-NEXT:        ok?: 1000000,
# CHECK-NEXT:        name: {:+, [104, 105, 32, 116, 104, 101, 114, 101], "tab\t"},
# CHECK-NEXT:        x_y: {{\[\[}}104, 105], :+, [97, 98, 99]]
# CHECK-NEXT:      ]},
# CHECK-NEXT:     [
# CHECK-NEXT:       %{},
# CHECK-NEXT:       [
# CHECK-NEXT:         name: [e: :a, name: 0.5],
# CHECK-NEXT:         e: ["x", 255],
# CHECK-NEXT:         c: :a,
# CHECK-NEXT:         b: {42, 1.0, [], true, 1000000, "x", 1000000, 0.5},
# CHECK-NEXT:         ok?: "tab\t"
# CHECK-NEXT:       ],
# CHECK-NEXT:       [
# CHECK-NEXT:         f: [],
# CHECK-NEXT:         name: {[104, 105, 32, 116, 104, 101, 114, 101], 3.14159, "日本",
# CHECK-NEXT:          "tab\t"},
# CHECK-NEXT:         d: 1000000
# CHECK-NEXT:       ],
# CHECK-NEXT:       -17,
# CHECK-NEXT:       {{\[\[}}97, 98, 99]]
# CHECK-NEXT:     ],
# CHECK-NEXT:     %{
# CHECK-NEXT:       2 => 255,
# CHECK-NEXT:       :a => {{\{\{}}}},
# CHECK-NEXT:       :c => [],
# CHECK-NEXT:       {1} => [3.14159],
# CHECK-NEXT:       [:l] => {[
# CHECK-NEXT:          x_y: 1.0e20,
# CHECK-NEXT:          b: 0.5,
# CHECK-NEXT:          d: [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:          ok?: 1180591620717411303424,
# CHECK-NEXT:          a: "hello",
# CHECK-NEXT:          name: 1.0,
# CHECK-NEXT:          f: [97, 98, 99]
# CHECK-NEXT:        ], -1, 1.0}
# CHECK-NEXT:     },
# CHECK-NEXT:     [
# CHECK-NEXT:       [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:       {{\{\{}}:==, 3.14159, "hello"},
# CHECK-NEXT:        %{
# CHECK-NEXT:          1 => 0,
# CHECK-NEXT:          2 => nil,
# CHECK-NEXT:          :b => [97, 98, 99],
# CHECK-NEXT:          :id => 255,
# CHECK-NEXT:          {1} => "é",
# CHECK-NEXT:          "s" => -17
# CHECK-NEXT:        },
# CHECK-NEXT:        {:error, -2.25, 100.0, "é", [104, 105], [], -2.25, 3.14159, 255, false,
# CHECK-NEXT:         :b?, 1180591620717411303424, -17, 1000000},
# CHECK-NEXT:        [e: true, f: 100.0, x_y: 1.0, ok?: 1.0e20, c: [0, 1], items: []], [],
# CHECK-NEXT:        ["a much longer string value to make lines wrap around",
# CHECK-NEXT:         "a much longer string value to make lines wrap around", :Foo], [],
# CHECK-NEXT:        "with \"quote\"", %{:a => 1, :b => "tab\t", [:l] => ""},
# CHECK-NEXT:        {-17, :==, [], [104, 105, 32, 116, 104, 101, 114, 101]}},
# CHECK-NEXT:       [
# CHECK-NEXT:         %{1 => false, :b => "x", :id => Foo.Bar},
# CHECK-NEXT:         {:"with space", "hello"},
# CHECK-NEXT:         ["é", true, "é", 255, :a, 1180591620717411303424, :Foo, 100.0],
# CHECK-NEXT:         %{},
# CHECK-NEXT:         %{2 => "x", :id => 100.0, "key two" => -17},
# CHECK-NEXT:         -1,
# CHECK-NEXT:         [x_y: true, e: :b?],
# CHECK-NEXT:         [Foo.Bar, -1, 0, 1, "hello", "hello"]
# CHECK-NEXT:       ],
# CHECK-NEXT:       [
# CHECK-NEXT:         "",
# CHECK-NEXT:         [e: "hello", ok?: "", c: 255],
# CHECK-NEXT:         Foo.Bar,
# CHECK-NEXT:         [97, 98, 99],
# CHECK-NEXT:         "tab\t",
# CHECK-NEXT:         100.0,
# CHECK-NEXT:         %{
# CHECK-NEXT:           1 => 0.5,
# CHECK-NEXT:           :a => "hello",
# CHECK-NEXT:           :name => "é",
# CHECK-NEXT:           {1} => [104, 105],
# CHECK-NEXT:           [:l] => 42,
# CHECK-NEXT:           "key two" => [104, 105],
# CHECK-NEXT:           "s" => [104, 105, 32, 116, 104, 101, 114, 101]
# CHECK-NEXT:         },
# CHECK-NEXT:         [:b?, -17, -1],
# CHECK-NEXT:         {"with \"quote\"", 100.0, "tab\t", :Foo, [104, 105]},
# CHECK-NEXT:         "hello",
# CHECK-NEXT:         {:"9x"}
# CHECK-NEXT:       ],
# CHECK-NEXT:       %{
# CHECK-NEXT:         2 => {:+, true, 0.5, :ok, 42, true},
# CHECK-NEXT:         :a => "x",
# CHECK-NEXT:         :b => {},
# CHECK-NEXT:         :c => {{\[\[}}104, 105, 32, 116, 104, 101, 114, 101]],
# CHECK-NEXT:         :id => [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:         :name => {"", 0},
# CHECK-NEXT:         {1} => true,
# CHECK-NEXT:         [:l] => [100.0],
# CHECK-NEXT:         "key two" => 0.5,
# CHECK-NEXT:         "s" => {}
# CHECK-NEXT:       }
# CHECK-NEXT:     ],
# CHECK-NEXT:     1,
# CHECK-NEXT:     [
# CHECK-NEXT:       items: [
# CHECK-NEXT:         value: [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:         c: {[104, 105], 0.5, 1.0e20}
# CHECK-NEXT:       ],
# CHECK-NEXT:       ok?: ["hello", [:error]]
# CHECK-NEXT:     ],
# CHECK-NEXT:     [
# CHECK-NEXT:       1.0e20,
# CHECK-NEXT:       {},
# CHECK-NEXT:       [],
# CHECK-NEXT:       [
# CHECK-NEXT:         items: [
# CHECK-NEXT:           [104, 105],
# CHECK-NEXT:           [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:           "",
# CHECK-NEXT:           0.5,
# CHECK-NEXT:           -17,
# CHECK-NEXT:           "é",
# CHECK-NEXT:           [97, 98, 99],
# CHECK-NEXT:           :Foo
# CHECK-NEXT:         ]
# CHECK-NEXT:       ],
# CHECK-NEXT:       [0, 1],
# CHECK-NEXT:       [
# CHECK-NEXT:         x_y: {:Foo, 0, -1, 42},
# CHECK-NEXT:         items: [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:         c: [
# CHECK-NEXT:           f: 1180591620717411303424,
# CHECK-NEXT:           value: "",
# CHECK-NEXT:           d: Foo.Bar,
# CHECK-NEXT:           name: "é",
# CHECK-NEXT:           items: 1,
# CHECK-NEXT:           x_y: 1180591620717411303424,
# CHECK-NEXT:           e: "tab\t",
# CHECK-NEXT:           a: 1.0,
# CHECK-NEXT:           c: 1180591620717411303424,
# CHECK-NEXT:           b: "a much longer string value to make lines wrap around",
# CHECK-NEXT:           ok?: -1
# CHECK-NEXT:         ],
# CHECK-NEXT:         a: true,
# CHECK-NEXT:         ok?: 0
# CHECK-NEXT:       ],
# CHECK-NEXT:       %{
# CHECK-NEXT:         2 => 1..10//2,
# CHECK-NEXT:         :b => [f: 1.0e20, c: :a],
# CHECK-NEXT:         {1} => [1, "日本", :==],
# CHECK-NEXT:         [:l] => [104, 105],
# CHECK-NEXT:         "key two" => {{\[\[}}104, 105], "x", "x", :b?, 1000000]
# CHECK-NEXT:       },
# CHECK-NEXT:       false,
# CHECK-NEXT:       :"with space",
# CHECK-NEXT:       {[], "hello",
# CHECK-NEXT:        [
# CHECK-NEXT:          ok?: 1000000,
# CHECK-NEXT:          c: 3.14159,
# CHECK-NEXT:          x_y: :b?,
# CHECK-NEXT:          b: :b?,
# CHECK-NEXT:          value: "",
# CHECK-NEXT:          d: "é",
# CHECK-NEXT:          name: -17,
# CHECK-NEXT:          items: 1,
# CHECK-NEXT:          a: false,
# CHECK-NEXT:          e: 1180591620717411303424,
# CHECK-NEXT:          f: [104, 105, 32, 116, 104, 101, 114, 101]
# CHECK-NEXT:        ], [x_y: [], e: false, a: -1, b: []], :b?,
# CHECK-NEXT:        [
# CHECK-NEXT:          e: "a much longer string value to make lines wrap around",
# CHECK-NEXT:          value: 0,
# CHECK-NEXT:          b: [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:          c: :"with space",
# CHECK-NEXT:          items: -2.25,
# CHECK-NEXT:          ok?: 3.14159,
# CHECK-NEXT:          a: "",
# CHECK-NEXT:          d: 0,
# CHECK-NEXT:          f: -1,
# CHECK-NEXT:          name: [0, 1],
# CHECK-NEXT:          x_y: false
# CHECK-NEXT:        ],
# CHECK-NEXT:        [
# CHECK-NEXT:          [0, 1],
# CHECK-NEXT:          255,
# CHECK-NEXT:          100.0,
# CHECK-NEXT:          1000000,
# CHECK-NEXT:          "a much longer string value to make lines wrap around",
# CHECK-NEXT:          [97, 98, 99],
# CHECK-NEXT:          0,
# CHECK-NEXT:          -2.25,
# CHECK-NEXT:          -17
# CHECK-NEXT:        ], {true, :a}, %{:c => true, [:l] => -2.25, "key two" => "hello"},
# CHECK-NEXT:        [name: "", items: 1000000], ["tab\t", 1.0e20], :==},
# CHECK-NEXT:       %{:b => %{}, {1} => [], [:l] => :+, "s" => 100.0},
# CHECK-NEXT:       {1..5, {"a much longer string value to make lines wrap around", 3.14159},
# CHECK-NEXT:        [a: :ok, ok?: [], value: 42, x_y: 1.0e20, b: 100.0], :"with space",
# CHECK-NEXT:        {1.0e20, 1180591620717411303424, :Foo, :+, false, true}},
# CHECK-NEXT:       %{
# CHECK-NEXT:         1 => [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:         2 => [],
# CHECK-NEXT:         :a => {{\[\[}}0, 1], [], [97, 98, 99], 3.14159, :b?],
# CHECK-NEXT:         :b => [104, 105],
# CHECK-NEXT:         :c => {3.14159, "a much longer string value to make lines wrap around",
# CHECK-NEXT:          "x"},
# CHECK-NEXT:         :id => %{},
# CHECK-NEXT:         :name => :Foo,
# CHECK-NEXT:         {1} => ["é", -2.25],
# CHECK-NEXT:         [:l] => {100.0},
# CHECK-NEXT:         "key two" => [
# CHECK-NEXT:           e: [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:           name: 0,
# CHECK-NEXT:           x_y: "tab\t",
# CHECK-NEXT:           value: 3.14159
# CHECK-NEXT:         ],
# CHECK-NEXT:         "s" => "é"
# CHECK-NEXT:       }
# CHECK-NEXT:     ],
# CHECK-NEXT:     [items: [], d: true, e: 1.0],
# CHECK-NEXT:     1..5
# CHECK-NEXT:   ],
# CHECK-NEXT:   {}
# CHECK-NEXT: ]
# CHECK-NEXT: 1.0e-5
# CHECK-NEXT: 1.0e-5
# CHECK-NEXT: 1.0e-5
# CHECK-NEXT: l12: 1.0e-5
# CHECK-NEXT: {true, 42, 255, 1.0, 1, -1}
# CHECK-NEXT: {true, 42, 255, 1.0, 1, -1}
# CHECK-NEXT: {true, 42, 255, 1.0, 1, -1}
# CHECK-NEXT: l13: {true, 42, 255, 1.0, 1, -1}
# CHECK-NEXT: []
# CHECK-NEXT: []
# CHECK-NEXT: []
# CHECK-NEXT: l14: []
# CHECK-NEXT: -2.25
# CHECK-NEXT: -2.25
# CHECK-NEXT: -2.25
# CHECK-NEXT: l15: -2.25
# CHECK-NEXT: [0, 42, "x", "é", -2.25]
# CHECK-NEXT: [0, 42, "x", "é", -2.25]
# CHECK-NEXT: [0, 42, "x", "é", -2.25]
# CHECK-NEXT: l16: [0, 42, "x", "é", -2.25]
# CHECK-NEXT: %{
# CHECK-NEXT:   1 => [
# CHECK-NEXT:     c: {{\[\[}}], -1, -1, "with \"quote\"", 1000000],
# CHECK-NEXT:     x_y: "with \"quote\"",
# CHECK-NEXT:     b: :error,
# CHECK-NEXT:     d: [
# CHECK-NEXT:       %{
# CHECK-NEXT:         2 => "a much longer string value to make lines wrap around",
# CHECK-NEXT:         :b => "a much longer string value to make lines wrap around",
# CHECK-NEXT:         :c => [],
# CHECK-NEXT:         :id => 1180591620717411303424,
# CHECK-NEXT:         "s" => 42
# CHECK-NEXT:       },
# CHECK-NEXT:       3.14159,
# CHECK-NEXT:       [],
# CHECK-NEXT:       'hi',
# CHECK-NEXT:       {1000000, 1},
# CHECK-NEXT:       {},
# CHECK-NEXT:       %{name: true}
# CHECK-NEXT:     ],
# CHECK-NEXT:     a: %{
# CHECK-NEXT:       1 => false,
# CHECK-NEXT:       2 => 3.14159,
# CHECK-NEXT:       :a => "hello",
# CHECK-NEXT:       :b => 100.0,
# CHECK-NEXT:       :c => "tab\t",
# CHECK-NEXT:       :id => "tab\t",
# CHECK-NEXT:       :name => %{
# CHECK-NEXT:         2 => 1000000,
# CHECK-NEXT:         :b => 0.5,
# CHECK-NEXT:         :name => :ok,
# CHECK-NEXT:         [:l] => 100.0,
# CHECK-NEXT:         "s" => -2.25
# CHECK-NEXT:       },
# CHECK-NEXT:       {1} => :a,
# CHECK-NEXT:       [:l] => 42,
# CHECK-NEXT:       "key two" => {'abc', [], -17, 1.0e20},
# CHECK-NEXT:       "s" => 100.0
# CHECK-NEXT:     },
# CHECK-NEXT:     value: [
# CHECK-NEXT:       x_y: [255, 42, 255],
# CHECK-NEXT:       e: {nil, 100.0, "with \"quote\"", 1.0e-5, [0, 1], "é", :Foo, 0},
# CHECK-NEXT:       c: {},
# CHECK-NEXT:       f: ["日本"],
# CHECK-NEXT:       b: {1000000, -1, []},
# CHECK-NEXT:       items: [true, 1000000, "é",
# CHECK-NEXT:        "a much longer string value to make lines wrap around"],
# CHECK-NEXT:       a: 100.0,
# CHECK-NEXT:       d: [true, 'abc', 1180591620717411303424, 1.0e20],
# CHECK-NEXT:       name: [nil]
# CHECK-NEXT:     ],
# CHECK-NEXT:     ok?: [
# CHECK-NEXT:       [a: "tab\t", items: -2.25],
# CHECK-NEXT:       %{2 => Foo.Bar, :a => true, :id => "日本"}
# CHECK-NEXT:     ],
# CHECK-NEXT:     e: [42, 'hi there'],
# CHECK-NEXT:     items: %{},
# CHECK-NEXT:     f: {[1.0, "é", 3.14159, 'hi', nil, 1, 1.0e-5,
# CHECK-NEXT:       "a much longer string value to make lines wrap around"]}
# CHECK-NEXT:   ],
# CHECK-NEXT:   :name => [
# CHECK-NEXT:     x_y: false,
# CHECK-NEXT:     value: %{:a => ['hi', 100.0, "hello", 'hi', "tab\t", 'hi'], [:l] => 'hi'},
# CHECK-NEXT:     f: {{\[\[}}'abc']],
# CHECK-NEXT:     ok?: [true, %{:c => :a, :name => -1, [:l] => []}],
# CHECK-NEXT:     items: [a: [value: 1], f: :a],
# CHECK-NEXT:     d: "é",
# CHECK-NEXT:     e: %{1 => [0, -2.25, 1, "", 1.0e20, []]},
# CHECK-NEXT:     b: [
# CHECK-NEXT:       c: [0],
# CHECK-NEXT:       name: 1.0e-5,
# CHECK-NEXT:       f: {},
# CHECK-NEXT:       items: [],
# CHECK-NEXT:       x_y: :==,
# CHECK-NEXT:       d: 42,
# CHECK-NEXT:       value: {:ok, -17, 1.0e-5, "", 0, 0},
# CHECK-NEXT:       e: ["x", true, :"9x"]
# CHECK-NEXT:     ]
# CHECK-NEXT:   ]
# CHECK-NEXT: }
# CHECK-NEXT: %{1 => [c: {{\[\[}}], ...], x_y: "with \"quote\"", ...], :name => [x_y: false, ...]}
# CHECK-NEXT: %{1 => [c: {{\[\[}}], -1, -1, "with \"quote\"", 1000000], x_y: "with \"quote\"", b: :error, d: [%{2 => "a much longer string value to make lines wrap around", :b => "a much longer string value to make lines wrap around", :c => [], :id => 1180591620717411303424, "s" => 42}, 3.14159, [], 'hi', {1000000, 1}, {}, %{name: true}], a: %{1 => false, 2 => 3.14159, :a => "hello", :b => 100.0, :c => "tab\t", :id => "tab\t", :name => %{2 => 1000000, :b => 0.5, :name => :ok, [:l] => 100.0, "s" => -2.25}, {1} => :a, [:l] => 42, "key two" => {'abc', [], -17, 1.0e20}, "s" => 100.0}, value: [x_y: [255, 42, 255], e: {nil, 100.0, "with \"quote\"", 1.0e-5, [0, 1], "é", :Foo, 0}, c: {}, f: ["日本"], b: {1000000, -1, []}, items: [true, 1000000, "é", "a much longer string value to make lines wrap around"], a: 100.0, d: [true, 'abc', 1180591620717411303424, 1.0e20], name: [nil]], ok?: {{\[\[}}a: "tab\t", items: -2.25], %{2 => Foo.Bar, :a => true, :id => "日本"}], e: [42, 'hi there'], items: %{}, f: {[1.0, "é", 3.14159, 'hi', nil, 1, 1.0e-5, "a much longer string value to make lines wrap around"]}], :name => [x_y: false, value: %{:a => ['hi', 100.0, "hello", 'hi', "tab\t", 'hi'], [:l] => 'hi'}, f: {{\[\[}}'abc']], ok?: [true, %{:c => :a, :name => -1, [:l] => []}], items: [a: [value: 1], f: :a], d: "é", e: %{1 => [0, -2.25, 1, "", 1.0e20, []]}, b: [c: [0], name: 1.0e-5, f: {}, items: [], x_y: :==, d: 42, value: {:ok, -17, 1.0e-5, "", 0, 0}, e: ["x", true, :"9x"]]]}
# CHECK-NEXT: l17: %{
# CHECK-NEXT:   1 => [
# CHECK-NEXT:     c: {{\[\[}}], -1, -1, "with \"quote\"", 1000000],
# CHECK-NEXT:     x_y: "with \"quote\"",
# CHECK-NEXT:     b: :error,
# CHECK-NEXT:     d: [
# CHECK-NEXT:       %{
# CHECK-NEXT:         2 => "a much longer string value to make lines wrap around",
# CHECK-NEXT:         :b => "a much longer string value to make lines wrap around",
# CHECK-NEXT:         :c => [],
# CHECK-NEXT:         :id => 1180591620717411303424,
# CHECK-NEXT:         "s" => 42
# CHECK-NEXT:       },
# CHECK-NEXT:       3.14159,
# CHECK-NEXT:       [],
# CHECK-NEXT:       [104, 105],
# CHECK-NEXT:       {1000000, 1},
# CHECK-NEXT:       {},
# CHECK-NEXT:       %{name: true}
# CHECK-NEXT:     ],
# CHECK-NEXT:     a: %{
# CHECK-NEXT:       1 => false,
# CHECK-NEXT:       2 => 3.14159,
# CHECK-NEXT:       :a => "hello",
# CHECK-NEXT:       :b => 100.0,
# CHECK-NEXT:       :c => "tab\t",
# CHECK-NEXT:       :id => "tab\t",
# CHECK-NEXT:       :name => %{
# CHECK-NEXT:         2 => 1000000,
# CHECK-NEXT:         :b => 0.5,
# CHECK-NEXT:         :name => :ok,
# CHECK-NEXT:         [:l] => 100.0,
# CHECK-NEXT:         "s" => -2.25
# CHECK-NEXT:       },
# CHECK-NEXT:       {1} => :a,
# CHECK-NEXT:       [:l] => 42,
# CHECK-NEXT:       "key two" => {[97, 98, 99], [], -17, 1.0e20},
# CHECK-NEXT:       "s" => 100.0
# CHECK-NEXT:     },
# CHECK-NEXT:     value: [
# CHECK-NEXT:       x_y: [255, 42, 255],
# CHECK-NEXT:       e: {nil, 100.0, "with \"quote\"", 1.0e-5, [0, 1], "é", :Foo, 0},
# CHECK-NEXT:       c: {},
# CHECK-NEXT:       f: ["日本"],
# CHECK-NEXT:       b: {1000000, -1, []},
# CHECK-NEXT:       items: [true, 1000000, "é",
# CHECK-NEXT:        "a much longer string value to make lines wrap around"],
# CHECK-NEXT:       a: 100.0,
# CHECK-NEXT:       d: [true, [97, 98, 99], 1180591620717411303424, 1.0e20],
# CHECK-NEXT:       name: [nil]
# CHECK-NEXT:     ],
# CHECK-NEXT:     ok?: [
# CHECK-NEXT:       [a: "tab\t", items: -2.25],
# CHECK-NEXT:       %{2 => Foo.Bar, :a => true, :id => "日本"}
# CHECK-NEXT:     ],
# CHECK-NEXT:     e: [42, [104, 105, 32, 116, 104, 101, 114, 101]],
# CHECK-NEXT:     items: %{},
# CHECK-NEXT:     f: {[
# CHECK-NEXT:        1.0,
# CHECK-NEXT:        "é",
# CHECK-NEXT:        3.14159,
# CHECK-NEXT:        [104, 105],
# CHECK-NEXT:        nil,
# CHECK-NEXT:        1,
# CHECK-NEXT:        1.0e-5,
# CHECK-NEXT:        "a much longer string value to make lines wrap around"
# CHECK-NEXT:      ]}
# CHECK-NEXT:   ],
# CHECK-NEXT:   :name => [
# CHECK-NEXT:     x_y: false,
# CHECK-NEXT:     value: %{
# CHECK-NEXT:       :a => {{\[\[}}104, 105], 100.0, "hello", [104, 105], "tab\t", [104, 105]],
# CHECK-NEXT:       [:l] => [104, 105]
# CHECK-NEXT:     },
# CHECK-NEXT:     f: {{\[\[}}[97, 98, 99]]],
# CHECK-NEXT:     ok?: [true, %{:c => :a, :name => -1, [:l] => []}],
# CHECK-NEXT:     items: [a: [value: 1], f: :a],
# CHECK-NEXT:     d: "é",
# CHECK-NEXT:     e: %{1 => [0, -2.25, 1, "", 1.0e20, []]},
# CHECK-NEXT:     b: [
# CHECK-NEXT:       c: [0],
# CHECK-NEXT:       name: 1.0e-5,
# CHECK-NEXT:       f: {},
# CHECK-NEXT:       items: [],
# CHECK-NEXT:       x_y: :==,
# CHECK-NEXT:       d: 42,
# CHECK-NEXT:       value: {:ok, -17, 1.0e-5, "", 0, 0},
# CHECK-NEXT:       e: ["x", true, :"9x"]
# CHECK-NEXT:     ]
# CHECK-NEXT:   ]
# CHECK-NEXT: }
# CHECK-NEXT: [
# CHECK-NEXT:   %{
# CHECK-NEXT:     1 => true,
# CHECK-NEXT:     2 => {},
# CHECK-NEXT:     :a => [
# CHECK-NEXT:       c: [
# CHECK-NEXT:         {:ok, 1000000, :==},
# CHECK-NEXT:         0,
# CHECK-NEXT:         %{
# CHECK-NEXT:           1 => 'hi there',
# CHECK-NEXT:           2 => "x",
# CHECK-NEXT:           :a => "x",
# CHECK-NEXT:           :b => 1.0e-5,
# CHECK-NEXT:           :c => "hello",
# CHECK-NEXT:           :id => 'hi there',
# CHECK-NEXT:           :name => :error,
# CHECK-NEXT:           {1} => :+,
# CHECK-NEXT:           [:l] => "x",
# CHECK-NEXT:           "key two" => [],
# CHECK-NEXT:           "s" => 1000000
# CHECK-NEXT:         },
# CHECK-NEXT:         0.5,
# CHECK-NEXT:         :a,
# CHECK-NEXT:         [:==, 1.0e-5, 1000000, :error, 3.14159, :==, "with \"quote\"", :b?,
# CHECK-NEXT:          'abc', "", :==, 1],
# CHECK-NEXT:         [],
# CHECK-NEXT:         [:==, 0, 0, 0]
# CHECK-NEXT:       ],
# CHECK-NEXT:       d: 1,
# CHECK-NEXT:       x_y: [
# CHECK-NEXT:         e: [3.14159, "tab\t"],
# CHECK-NEXT:         b: {3.14159, 1.0},
# CHECK-NEXT:         items: {-1, 0.5, :==},
# CHECK-NEXT:         value: %{1 => Foo.Bar, :name => "é"},
# CHECK-NEXT:         ok?: [
# CHECK-NEXT:           ok?: "日本",
# CHECK-NEXT:           value: [0, 1],
# CHECK-NEXT:           f: 0,
# CHECK-NEXT:           b: 1000000,
# CHECK-NEXT:           a: -2.25,
# CHECK-NEXT:           name: 0,
# CHECK-NEXT:           x_y: [0, 1],
# CHECK-NEXT:           items: 255
# CHECK-NEXT:         ]
# CHECK-NEXT:       ],
# CHECK-NEXT:       b: {{\{\{}}"with \"quote\""}}
# CHECK-NEXT:     ],
# CHECK-NEXT:     :b => [],
# CHECK-NEXT:     :c => :==,
# CHECK-NEXT:     :id => :Foo,
# CHECK-NEXT:     :name => {%{}, :ok, -1},
# CHECK-NEXT:     {1} => "x",
# CHECK-NEXT:     [:l] => {{\{\{}}%{
# CHECK-NEXT:         1 => -1,
# CHECK-NEXT:         2 => Foo.Bar,
# CHECK-NEXT:         :a => 'hi',
# CHECK-NEXT:         :b => :Foo,
# CHECK-NEXT:         :c => [],
# CHECK-NEXT:         :id => [0, 1],
# CHECK-NEXT:         :name => :a,
# CHECK-NEXT:         {1} => [0, 1],
# CHECK-NEXT:         [:l] => [0, 1],
# CHECK-NEXT:         "key two" => "é",
# CHECK-NEXT:         "s" => "x"
# CHECK-NEXT:       }, [:==, [0, 1], "hello", -17, "日本"]}},
# CHECK-NEXT:     "key two" => {"hello"},
# CHECK-NEXT:     "s" => 'abc'
# CHECK-NEXT:   },
# CHECK-NEXT:   [
# CHECK-NEXT:     -2.25,
# CHECK-NEXT:     {},
# CHECK-NEXT:     [
# CHECK-NEXT:       "x",
# CHECK-NEXT:       "hello",
# CHECK-NEXT:       [1.0e20, [a: true, c: 42]],
# CHECK-NEXT:       -2.25,
# CHECK-NEXT:       %{
# CHECK-NEXT:         :name => [:ok],
# CHECK-NEXT:         {1} => {'abc', :a, 255, [0, 1], -17, :"9x", [], 'hi', 1.0e-5}
# CHECK-NEXT:       },
# CHECK-NEXT:       {'hi', false, ["tab\t", :Foo, 3.14159]},
# CHECK-NEXT:       [
# CHECK-NEXT:         {"日本", 1000000, 3.14159, "with \"quote\"", "with \"quote\"", 1.0e-5,
# CHECK-NEXT:          :==, "", :"9x"},
# CHECK-NEXT:         0
# CHECK-NEXT:       ],
# CHECK-NEXT:       255
# CHECK-NEXT:     ]
# CHECK-NEXT:   ],
# CHECK-NEXT:   {},
# CHECK-NEXT:   [
# CHECK-NEXT:     [a: [1, [false, 1180591620717411303424], []], ok?: 1..5],
# CHECK-NEXT:     {[
# CHECK-NEXT:        [],
# CHECK-NEXT:        [-1, nil, 100.0, 1.0e20, 3.14159],
# CHECK-NEXT:        [a: 'hi there', b: "é"],
# CHECK-NEXT:        [1180591620717411303424, 255, "hello"],
# CHECK-NEXT:        255,
# CHECK-NEXT:        %{2 => 1.0, [:l] => [0, 1]},
# CHECK-NEXT:        "a much longer string value to make lines wrap around",
# CHECK-NEXT:        {}
# CHECK-NEXT:      ], 0, 1.0e20, :Foo, {[value: -1]},
# CHECK-NEXT:      [c: [], name: [1180591620717411303424, Foo.Bar]],
# CHECK-NEXT:      {%{}, [b: "x", a: :+, ok?: 'hi', x_y: [0, 1], items: -17], "x",
# CHECK-NEXT:       {'abc', false, :+, "hello", ""}, [], [], {1000000, "with \"quote\""}},
# CHECK-NEXT:      [
# CHECK-NEXT:        x_y: false,
# CHECK-NEXT:        ok?: [],
# CHECK-NEXT:        e: false,
# CHECK-NEXT:        a: ['hi', "é", 0, 'abc', 42, 1, 'abc', 1000000, 'abc', "x", "tab\t", :a,
# CHECK-NEXT:         "with \"quote\"", 'abc', 'hi'],
# CHECK-NEXT:        name: 0,
# CHECK-NEXT:        d: [value: "with \"quote\"", name: 'abc', b: "", d: 'hi there'],
# CHECK-NEXT:        items: 1.0e-5,
# CHECK-NEXT:        f: [items: 255, d: -17],
# CHECK-NEXT:        value: [:+, 42, "x"]
# CHECK-NEXT:      ], [0, 1], [value: [d: :error], b: {100.0}, items: "with \"quote\""],
# CHECK-NEXT:      1.0e20,
# CHECK-NEXT:      %{
# CHECK-NEXT:        a: {"a much longer string value to make lines wrap around", "", 'hi'},
# CHECK-NEXT:        c: {"é", "é", "x", :Foo, "", 'hi there', 255, false, 100.0, [0, 1]}
# CHECK-NEXT:      },
# CHECK-NEXT:      {'hi there',
# CHECK-NEXT:       %{
# CHECK-NEXT:         1 => -2.25,
# CHECK-NEXT:         :a => 'hi',
# CHECK-NEXT:         :c => 'hi there',
# CHECK-NEXT:         :id => true,
# CHECK-NEXT:         {1} => -2.25,
# CHECK-NEXT:         "key two" => 1000000
# CHECK-NEXT:       }, [0, 1], %{1 => "hello", :a => -17, :b => 42, :c => -17, :name => :+},
# CHECK-NEXT:       :a, %{1 => true, :c => 'abc', :id => "x"}, {},
# CHECK-NEXT:       {1180591620717411303424, 42, [0, 1], [0, 1]}, {-2.25, 1000000},
# CHECK-NEXT:       [
# CHECK-NEXT:         b: 1.0,
# CHECK-NEXT:         e: 100.0,
# CHECK-NEXT:         a: -1,
# CHECK-NEXT:         value: -1,
# CHECK-NEXT:         ok?: "x",
# CHECK-NEXT:         c: "tab\t",
# CHECK-NEXT:         x_y: "hello",
# CHECK-NEXT:         name: "with \"quote\"",
# CHECK-NEXT:         items: [0, 1]
# CHECK-NEXT:       ], {"a much longer string value to make lines wrap around"},
# CHECK-NEXT:       %{:id => 3.14159, {1} => 1000000, [:l] => 'hi there'}, [items: 1000000],
# CHECK-NEXT:       0.5, {100.0}}},
# CHECK-NEXT:     0
# CHECK-NEXT:   ],
# CHECK-NEXT:   %{
# CHECK-NEXT:     1 => [
# CHECK-NEXT:       [
# CHECK-NEXT:         [
# CHECK-NEXT:           e: 1.0e20,
# CHECK-NEXT:           b: 42,
# CHECK-NEXT:           x_y: :a,
# CHECK-NEXT:           c: 1,
# CHECK-NEXT:           f: 1.0e20,
# CHECK-NEXT:           value: [0, 1],
# CHECK-NEXT:           name: :a,
# CHECK-NEXT:           d: 42,
# CHECK-NEXT:           ok?: 0,
# CHECK-NEXT:           items: 1.0e-5,
# CHECK-NEXT:           a: 'hi there'
# CHECK-NEXT:         ],
# CHECK-NEXT:         "x",
# CHECK-NEXT:         'abc',
# CHECK-NEXT:         %{1 => 255, 2 => [], :name => -1, "key two" => -1},
# CHECK-NEXT:         %{:id => [], {1} => Foo.Bar},
# CHECK-NEXT:         1,
# CHECK-NEXT:         [
# CHECK-NEXT:           f: :"9x",
# CHECK-NEXT:           d: :Foo,
# CHECK-NEXT:           value: 255,
# CHECK-NEXT:           name: :a,
# CHECK-NEXT:           c: 1.0e-5,
# CHECK-NEXT:           ok?: "x",
# CHECK-NEXT:           e: "é",
# CHECK-NEXT:           b: 42,
# CHECK-NEXT:           a: 1000000,
# CHECK-NEXT:           items: :==,
# CHECK-NEXT:           x_y: :"9x"
# CHECK-NEXT:         ]
# CHECK-NEXT:       ],
# CHECK-NEXT:       :+,
# CHECK-NEXT:       [],
# CHECK-NEXT:       [
# CHECK-NEXT:         [],
# CHECK-NEXT:         %{
# CHECK-NEXT:           1 => 1180591620717411303424,
# CHECK-NEXT:           2 => [],
# CHECK-NEXT:           :a => :error,
# CHECK-NEXT:           :b => -17,
# CHECK-NEXT:           :c => 1.0e20,
# CHECK-NEXT:           :id => 1,
# CHECK-NEXT:           :name => -1,
# CHECK-NEXT:           {1} => [0, 1],
# CHECK-NEXT:           [:l] => 1.0e20,
# CHECK-NEXT:           "key two" => :==,
# CHECK-NEXT:           "s" => :"with space"
# CHECK-NEXT:         },
# CHECK-NEXT:         {},
# CHECK-NEXT:         "with \"quote\"",
# CHECK-NEXT:         ['abc', "with \"quote\"",
# CHECK-NEXT:          "a much longer string value to make lines wrap around"],
# CHECK-NEXT:         {{\[\[}}0, 1], 3.14159, 'abc'],
# CHECK-NEXT:         "x",
# CHECK-NEXT:         42,
# CHECK-NEXT:         [
# CHECK-NEXT:           a: "a much longer string value to make lines wrap around",
# CHECK-NEXT:           ok?: 1000000,
# CHECK-NEXT:           x_y: "tab\t"
# CHECK-NEXT:         ],
# CHECK-NEXT:         %{1 => [0, 1]},
# CHECK-NEXT:         1180591620717411303424
# CHECK-NEXT:       ],
# CHECK-NEXT:       [x_y: 255, name: [b: [], x_y: :a], e: ["", 1000000, 0.5], a: []],
# CHECK-NEXT:       [
# CHECK-NEXT:         e: 1..10//2,
# CHECK-NEXT:         c: {255, "tab\t", 100.0},
# CHECK-NEXT:         name: {'hi', 1, 'hi', [], 3.14159, "", 0.5},
# CHECK-NEXT:         items: -1,
# CHECK-NEXT:         value: {:error, "a much longer string value to make lines wrap around"},
# CHECK-NEXT:         x_y: ["", true, 1.0, 1000000, 'hi there'],
# CHECK-NEXT:         d: "hello",
# CHECK-NEXT:         f: :ok,
# CHECK-NEXT:         b: [],
# CHECK-NEXT:         ok?: {:"with space", :a, [], 1.0, 42},
# CHECK-NEXT:         a: [42, 0.5]
# CHECK-NEXT:       ],
# CHECK-NEXT:       [
# CHECK-NEXT:         c: -2.25,
# CHECK-NEXT:         d: "",
# CHECK-NEXT:         a: 'hi',
# CHECK-NEXT:         x_y: {},
# CHECK-NEXT:         e: %{"key two" => [0, 1]},
# CHECK-NEXT:         name: -2.25,
# CHECK-NEXT:         items: {},
# CHECK-NEXT:         b: [],
# CHECK-NEXT:         ok?: {'hi', 1.0e-5, "tab\t"},
# CHECK-NEXT:         f: {1000000, "tab\t"},
# CHECK-NEXT:         value: [
# CHECK-NEXT:           ok?: :"with space",
# CHECK-NEXT:           x_y: 1000000,
# CHECK-NEXT:           name: 'hi',
# CHECK-NEXT:           items: :+,
# CHECK-NEXT:           value: 255
# CHECK-NEXT:         ]
# CHECK-NEXT:       ],
# CHECK-NEXT:       [
# CHECK-NEXT:         %{
# CHECK-NEXT:           1 => "日本",
# CHECK-NEXT:           :id => "a much longer string value to make lines wrap around",
# CHECK-NEXT:           [:l] => 1.0e20,
# CHECK-NEXT:           "key two" => -1,
# CHECK-NEXT:           "s" => "x"
# CHECK-NEXT:         }
# CHECK-NEXT:       ],
# CHECK-NEXT:       [
# CHECK-NEXT:         [ok?: [], value: 1.0e20, x_y: [0, 1]],
# CHECK-NEXT:         %{
# CHECK-NEXT:           1 => 1180591620717411303424,
# CHECK-NEXT:           :b => -2.25,
# CHECK-NEXT:           :c => "x",
# CHECK-NEXT:           :name => 1180591620717411303424,
# CHECK-NEXT:           {1} => 1,
# CHECK-NEXT:           [:l] => "with \"quote\"",
# CHECK-NEXT:           "key two" => 'hi',
# CHECK-NEXT:           "s" => "x"
# CHECK-NEXT:         },
# CHECK-NEXT:         "日本"
# CHECK-NEXT:       ],
# CHECK-NEXT:       [],
# CHECK-NEXT:       {{\[\[}}0, 1], 100.0, 'hi', 3.14159],
# CHECK-NEXT:       'abc',
# CHECK-NEXT:       -17
# CHECK-NEXT:     ],
# CHECK-NEXT:     2 => 1,
# CHECK-NEXT:     :a => '*',
# CHECK-NEXT:     :b => "hello",
# CHECK-NEXT:     :c => [],
# CHECK-NEXT:     :id => [name: 255, a: 'abc'],
# CHECK-NEXT:     :name => "日本",
# CHECK-NEXT:     {1} => [
# CHECK-NEXT:       b: [
# CHECK-NEXT:         d: [
# CHECK-NEXT:           d: 1.0,
# CHECK-NEXT:           a: 'hi there',
# CHECK-NEXT:           c: 1.0e-5,
# CHECK-NEXT:           value: 'abc',
# CHECK-NEXT:           ok?: -17,
# CHECK-NEXT:           items: 42,
# CHECK-NEXT:           name: -1,
# CHECK-NEXT:           x_y: 1000000,
# CHECK-NEXT:           b: [0, 1],
# CHECK-NEXT:           f: [0, 1]
# CHECK-NEXT:         ],
# CHECK-NEXT:         f: ['hi there', 100.0, -1, 'hi there', true],
# CHECK-NEXT:         a: [
# CHECK-NEXT:           :"9x",
# CHECK-NEXT:           -2.25,
# CHECK-NEXT:           42,
# CHECK-NEXT:           100.0,
# CHECK-NEXT:           42,
# CHECK-NEXT:           1.0e-5,
# CHECK-NEXT:           [0, 1],
# CHECK-NEXT:           1,
# CHECK-NEXT:           "",
# CHECK-NEXT:           'abc',
# CHECK-NEXT:           'hi there',
# CHECK-NEXT:           1180591620717411303424,
# CHECK-NEXT:           -2.25
# CHECK-NEXT:         ]
# CHECK-NEXT:       ],
# CHECK-NEXT:       x_y: "with \"quote\"",
# CHECK-NEXT:       a: {{\[\[}}'abc', "tab\t", 'hi there', 'abc', [], 0.5, -1, -17]]
# CHECK-NEXT:     ],
# CHECK-NEXT:     [:l] => 'hi there',
# CHECK-NEXT:     "key two" => "é",
# CHECK-NEXT:     "s" => []
# CHECK-NEXT:   },
# CHECK-NEXT:   "tab\t",
# CHECK-NEXT:   {[],
# CHECK-NEXT:    [
# CHECK-NEXT:      [
# CHECK-NEXT:        d: [
# CHECK-NEXT:          c: "tab\t",
# CHECK-NEXT:          e: "",
# CHECK-NEXT:          ok?: [0, 1],
# CHECK-NEXT:          x_y: 1000000,
# CHECK-NEXT:          name: :a,
# CHECK-NEXT:          value: [],
# CHECK-NEXT:          a: 42,
# CHECK-NEXT:          items: "tab\t"
# CHECK-NEXT:        ],
# CHECK-NEXT:        name: [
# CHECK-NEXT:          a: 1.0e20,
# CHECK-NEXT:          d: [],
# CHECK-NEXT:          b: "日本",
# CHECK-NEXT:          f: 1000000,
# CHECK-NEXT:          ok?: 'abc',
# CHECK-NEXT:          value: 'hi there',
# CHECK-NEXT:          name: 'hi there'
# CHECK-NEXT:        ]
# CHECK-NEXT:      ],
# CHECK-NEXT:      [0, 1]
# CHECK-NEXT:    ], 'hi'}
# CHECK-NEXT: ]
# CHECK-NEXT: [%{1 => true, 2 => {}, :a => [c: [...], ...], :b => [], ...}, [-2.25, {}, [...]], {}, {{\[\[}}...], ...], %{...}, ...]
# CHECK-NEXT: [%{1 => true, 2 => {}, :a => [c: [{:ok, 1000000, :==}, 0, %{1 => 'hi there', 2 => "x", :a => "x", :b => 1.0e-5, :c => "hello", :id => 'hi there', :name => :error, {1} => :+, [:l] => "x", "key two" => [], "s" => 1000000}, 0.5, :a, [:==, 1.0e-5, 1000000, :error, 3.14159, :==, "with \"quote\"", :b?, 'abc', "", :==, 1], [], [:==, 0, 0, 0]], d: 1, x_y: [e: [3.14159, "tab\t"], b: {3.14159, 1.0}, items: {-1, 0.5, :==}, value: %{1 => Foo.Bar, :name => "é"}, ok?: [ok?: "日本", value: [0, 1], f: 0, b: 1000000, a: -2.25, name: 0, x_y: [0, 1], items: 255]], b: {{\{\{}}"with \"quote\""}}], :b => [], :c => :==, :id => :Foo, :name => {%{}, :ok, -1}, {1} => "x", [:l] => {{\{\{}}%{1 => -1, 2 => Foo.Bar, :a => 'hi', :b => :Foo, :c => [], :id => [0, 1], :name => :a, {1} => [0, 1], [:l] => [0, 1], "key two" => "é", "s" => "x"}, [:==, [0, 1], "hello", -17, "日本"]}}, "key two" => {"hello"}, "s" => 'abc'}, [-2.25, {}, ["x", "hello", [1.0e20, [a: true, c: 42]], -2.25, %{:name => [:ok], {1} => {'abc', :a, 255, [0, 1], -17, :"9x", [], 'hi', 1.0e-5}}, {'hi', false, ["tab\t", :Foo, 3.14159]}, [{"日本", 1000000, 3.14159, "with \"quote\"", "with \"quote\"", 1.0e-5, :==, "", :"9x"}, 0], 255]], {}, {{\[\[}}a: [1, [false, 1180591620717411303424], []], ok?: 1..5], {{{\[\[}}], [-1, nil, 100.0, 1.0e20, 3.14159], [a: 'hi there', b: "é"], [1180591620717411303424, 255, "hello"], 255, %{2 => 1.0, [:l] => [0, 1]}, "a much longer string value to make lines wrap around", {}], 0, 1.0e20, :Foo, {[value: -1]}, [c: [], name: [1180591620717411303424, Foo.Bar]], {%{}, [b: "x", a: :+, ok?: 'hi', x_y: [0, 1], items: -17], "x", {'abc', false, :+, "hello", ""}, [], [], {1000000, "with \"quote\""}}, [x_y: false, ok?: [], e: false, a: ['hi', "é", 0, 'abc', 42, 1, 'abc', 1000000, 'abc', "x", "tab\t", :a, "with \"quote\"", 'abc', 'hi'], name: 0, d: [value: "with \"quote\"", name: 'abc', b: "", d: 'hi there'], items: 1.0e-5, f: [items: 255, d: -17], value: [:+, 42, "x"]], [0, 1], [value: [d: :error], b: {100.0}, items: "with \"quote\""], 1.0e20, %{a: {"a much longer string value to make lines wrap around", "", 'hi'}, c: {"é", "é", "x", :Foo, "", 'hi there', 255, false, 100.0, [0, 1]}}, {'hi there', %{1 => -2.25, :a => 'hi', :c => 'hi there', :id => true, {1} => -2.25, "key two" => 1000000}, [0, 1], %{1 => "hello", :a => -17, :b => 42, :c => -17, :name => :+}, :a, %{1 => true, :c => 'abc', :id => "x"}, {}, {1180591620717411303424, 42, [0, 1], [0, 1]}, {-2.25, 1000000}, [b: 1.0, e: 100.0, a: -1, value: -1, ok?: "x", c: "tab\t", x_y: "hello", name: "with \"quote\"", items: [0, 1]], {"a much longer string value to make lines wrap around"}, %{:id => 3.14159, {1} => 1000000, [:l] => 'hi there'}, [items: 1000000], 0.5, {100.0}}}, 0], %{1 => {{\[\[}}[e: 1.0e20, b: 42, x_y: :a, c: 1, f: 1.0e20, value: [0, 1], name: :a, d: 42, ok?: 0, items: 1.0e-5, a: 'hi there'], "x", 'abc', %{1 => 255, 2 => [], :name => -1, "key two" => -1}, %{:id => [], {1} => Foo.Bar}, 1, [f: :"9x", d: :Foo, value: 255, name: :a, c: 1.0e-5, ok?: "x", e: "é", b: 42, a: 1000000, items: :==, x_y: :"9x"]], :+, [], {{\[\[}}], %{1 => 1180591620717411303424, 2 => [], :a => :error, :b => -17, :c => 1.0e20, :id => 1, :name => -1, {1} => [0, 1], [:l] => 1.0e20, "key two" => :==, "s" => :"with space"}, {}, "with \"quote\"", ['abc', "with \"quote\"", "a much longer string value to make lines wrap around"], {{\[\[}}0, 1], 3.14159, 'abc'], "x", 42, [a: "a much longer string value to make lines wrap around", ok?: 1000000, x_y: "tab\t"], %{1 => [0, 1]}, 1180591620717411303424], [x_y: 255, name: [b: [], x_y: :a], e: ["", 1000000, 0.5], a: []], [e: 1..10//2, c: {255, "tab\t", 100.0}, name: {'hi', 1, 'hi', [], 3.14159, "", 0.5}, items: -1, value: {:error, "a much longer string value to make lines wrap around"}, x_y: ["", true, 1.0, 1000000, 'hi there'], d: "hello", f: :ok, b: [], ok?: {:"with space", :a, [], 1.0, 42}, a: [42, 0.5]], [c: -2.25, d: "", a: 'hi', x_y: {}, e: %{"key two" => [0, 1]}, name: -2.25, items: {}, b: [], ok?: {'hi', 1.0e-5, "tab\t"}, f: {1000000, "tab\t"}, value: [ok?: :"with space", x_y: 1000000, name: 'hi', items: :+, value: 255]], [%{1 => "日本", :id => "a much longer string value to make lines wrap around", [:l] => 1.0e20, "key two" => -1, "s" => "x"}], {{\[\[}}ok?: [], value: 1.0e20, x_y: [0, 1]], %{1 => 1180591620717411303424, :b => -2.25, :c => "x", :name => 1180591620717411303424, {1} => 1, [:l] => "with \"quote\"", "key two" => 'hi', "s" => "x"}, "日本"], [], {{\[\[}}0, 1], 100.0, 'hi', 3.14159], 'abc', -17], 2 => 1, :a => '*', :b => "hello", :c => [], :id => [name: 255, a: 'abc'], :name => "日本", {1} => [b: [d: [d: 1.0, a: 'hi there', c: 1.0e-5, value: 'abc', ok?: -17, items: 42, name: -1, x_y: 1000000, b: [0, 1], f: [0, 1]], f: ['hi there', 100.0, -1, 'hi there', true], a: [:"9x", -2.25, 42, 100.0, 42, 1.0e-5, [0, 1], 1, "", 'abc', 'hi there', 1180591620717411303424, -2.25]], x_y: "with \"quote\"", a: {{\[\[}}'abc', "tab\t", 'hi there', 'abc', [], 0.5, -1, -17]]], [:l] => 'hi there', "key two" => "é", "s" => []}, "tab\t", {[], {{\[\[}}d: [c: "tab\t", e: "", ok?: [0, 1], x_y: 1000000, name: :a, value: [], a: 42, items: "tab\t"], name: [a: 1.0e20, d: [], b: "日本", f: 1000000, ok?: 'abc', value: 'hi there', name: 'hi there']], [0, 1]], 'hi'}]
# CHECK-NEXT: l18: [
# CHECK-NEXT:   %{
# CHECK-NEXT:     1 => true,
# CHECK-NEXT:     2 => {},
# CHECK-NEXT:     :a => [
# CHECK-NEXT:       c: [
# CHECK-NEXT:         {:ok, 1000000, :==},
# CHECK-NEXT:         0,
# CHECK-NEXT:         %{
# CHECK-NEXT:           1 => [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:           2 => "x",
# CHECK-NEXT:           :a => "x",
# CHECK-NEXT:           :b => 1.0e-5,
# CHECK-NEXT:           :c => "hello",
# CHECK-NEXT:           :id => [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:           :name => :error,
# CHECK-NEXT:           {1} => :+,
# CHECK-NEXT:           [:l] => "x",
# CHECK-NEXT:           "key two" => [],
# CHECK-NEXT:           "s" => 1000000
# CHECK-NEXT:         },
# CHECK-NEXT:         0.5,
# CHECK-NEXT:         :a,
# CHECK-NEXT:         [
# CHECK-NEXT:           :==,
# CHECK-NEXT:           1.0e-5,
# CHECK-NEXT:           1000000,
# CHECK-NEXT:           :error,
# CHECK-NEXT:           3.14159,
# CHECK-NEXT:           :==,
# CHECK-NEXT:           "with \"quote\"",
# CHECK-NEXT:           :b?,
# CHECK-NEXT:           [97, 98, 99],
# CHECK-NEXT:           "",
# CHECK-NEXT:           :==,
# CHECK-NEXT:           1
# CHECK-NEXT:         ],
# CHECK-NEXT:         [],
# CHECK-NEXT:         [:==, 0, 0, 0]
# CHECK-NEXT:       ],
# CHECK-NEXT:       d: 1,
# CHECK-NEXT:       x_y: [
# CHECK-NEXT:         e: [3.14159, "tab\t"],
# CHECK-NEXT:         b: {3.14159, 1.0},
# CHECK-NEXT:         items: {-1, 0.5, :==},
# CHECK-NEXT:         value: %{1 => Foo.Bar, :name => "é"},
# CHECK-NEXT:         ok?: [
# CHECK-NEXT:           ok?: "日本",
# CHECK-NEXT:           value: [0, 1],
# CHECK-NEXT:           f: 0,
# CHECK-NEXT:           b: 1000000,
# CHECK-NEXT:           a: -2.25,
# CHECK-NEXT:           name: 0,
# CHECK-NEXT:           x_y: [0, 1],
# CHECK-NEXT:           items: 255
# CHECK-NEXT:         ]
# CHECK-NEXT:       ],
# CHECK-NEXT:       b: {{\{\{}}"with \"quote\""}}
# CHECK-NEXT:     ],
# CHECK-NEXT:     :b => [],
# CHECK-NEXT:     :c => :==,
# CHECK-NEXT:     :id => :Foo,
# CHECK-NEXT:     :name => {%{}, :ok, -1},
# CHECK-NEXT:     {1} => "x",
# CHECK-NEXT:     [:l] => {{\{\{}}%{
# CHECK-NEXT:         1 => -1,
# CHECK-NEXT:         2 => Foo.Bar,
# CHECK-NEXT:         :a => [104, 105],
# CHECK-NEXT:         :b => :Foo,
# CHECK-NEXT:         :c => [],
# CHECK-NEXT:         :id => [0, 1],
# CHECK-NEXT:         :name => :a,
# CHECK-NEXT:         {1} => [0, 1],
# CHECK-NEXT:         [:l] => [0, 1],
# CHECK-NEXT:         "key two" => "é",
# CHECK-NEXT:         "s" => "x"
# CHECK-NEXT:       }, [:==, [0, 1], "hello", -17, "日本"]}},
# CHECK-NEXT:     "key two" => {"hello"},
# CHECK-NEXT:     "s" => [97, 98, 99]
# CHECK-NEXT:   },
# CHECK-NEXT:   [
# CHECK-NEXT:     -2.25,
# CHECK-NEXT:     {},
# CHECK-NEXT:     [
# CHECK-NEXT:       "x",
# CHECK-NEXT:       "hello",
# CHECK-NEXT:       [1.0e20, [a: true, c: 42]],
# CHECK-NEXT:       -2.25,
# CHECK-NEXT:       %{
# CHECK-NEXT:         :name => [:ok],
# CHECK-NEXT:         {1} => {[97, 98, 99], :a, 255, [0, 1], -17, :"9x", [], [104, 105],
# CHECK-NEXT:          1.0e-5}
# CHECK-NEXT:       },
# CHECK-NEXT:       {[104, 105], false, ["tab\t", :Foo, 3.14159]},
# CHECK-NEXT:       [
# CHECK-NEXT:         {"日本", 1000000, 3.14159, "with \"quote\"", "with \"quote\"", 1.0e-5,
# CHECK-NEXT:          :==, "", :"9x"},
# CHECK-NEXT:         0
# CHECK-NEXT:       ],
# CHECK-NEXT:       255
# CHECK-NEXT:     ]
# CHECK-NEXT:   ],
# CHECK-NEXT:   {},
# CHECK-NEXT:   [
# CHECK-NEXT:     [a: [1, [false, 1180591620717411303424], []], ok?: 1..5],
# CHECK-NEXT:     {[
# CHECK-NEXT:        [],
# CHECK-NEXT:        [-1, nil, 100.0, 1.0e20, 3.14159],
# CHECK-NEXT:        [a: [104, 105, 32, 116, 104, 101, 114, 101], b: "é"],
# CHECK-NEXT:        [1180591620717411303424, 255, "hello"],
# CHECK-NEXT:        255,
# CHECK-NEXT:        %{2 => 1.0, [:l] => [0, 1]},
# CHECK-NEXT:        "a much longer string value to make lines wrap around",
# CHECK-NEXT:        {}
# CHECK-NEXT:      ], 0, 1.0e20, :Foo, {[value: -1]},
# CHECK-NEXT:      [c: [], name: [1180591620717411303424, Foo.Bar]],
# CHECK-NEXT:      {%{}, [b: "x", a: :+, ok?: [104, 105], x_y: [0, 1], items: -17], "x",
# CHECK-NEXT:       {[97, 98, 99], false, :+, "hello", ""}, [], [],
# CHECK-NEXT:       {1000000, "with \"quote\""}},
# CHECK-NEXT:      [
# CHECK-NEXT:        x_y: false,
# CHECK-NEXT:        ok?: [],
# CHECK-NEXT:        e: false,
# CHECK-NEXT:        a: [
# CHECK-NEXT:          [104, 105],
# CHECK-NEXT:          "é",
# CHECK-NEXT:          0,
# CHECK-NEXT:          [97, 98, 99],
# CHECK-NEXT:          42,
# CHECK-NEXT:          1,
# CHECK-NEXT:          [97, 98, 99],
# CHECK-NEXT:          1000000,
# CHECK-NEXT:          [97, 98, 99],
# CHECK-NEXT:          "x",
# CHECK-NEXT:          "tab\t",
# CHECK-NEXT:          :a,
# CHECK-NEXT:          "with \"quote\"",
# CHECK-NEXT:          [97, 98, 99],
# CHECK-NEXT:          [104, 105]
# CHECK-NEXT:        ],
# CHECK-NEXT:        name: 0,
# CHECK-NEXT:        d: [
# CHECK-NEXT:          value: "with \"quote\"",
# CHECK-NEXT:          name: [97, 98, 99],
# CHECK-NEXT:          b: "",
# CHECK-NEXT:          d: [104, 105, 32, 116, 104, 101, 114, 101]
# CHECK-NEXT:        ],
# CHECK-NEXT:        items: 1.0e-5,
# CHECK-NEXT:        f: [items: 255, d: -17],
# CHECK-NEXT:        value: [:+, 42, "x"]
# CHECK-NEXT:      ], [0, 1], [value: [d: :error], b: {100.0}, items: "with \"quote\""],
# CHECK-NEXT:      1.0e20,
# CHECK-NEXT:      %{
# CHECK-NEXT:        a: {"a much longer string value to make lines wrap around", "",
# CHECK-NEXT:         [104, 105]},
# CHECK-NEXT:        c: {"é", "é", "x", :Foo, "", [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:         255, false, 100.0, [0, 1]}
# CHECK-NEXT:      },
# CHECK-NEXT:      {[104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:       %{
# CHECK-NEXT:         1 => -2.25,
# CHECK-NEXT:         :a => [104, 105],
# CHECK-NEXT:         :c => [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:         :id => true,
# CHECK-NEXT:         {1} => -2.25,
# CHECK-NEXT:         "key two" => 1000000
# CHECK-NEXT:       }, [0, 1], %{1 => "hello", :a => -17, :b => 42, :c => -17, :name => :+},
# CHECK-NEXT:       :a, %{1 => true, :c => [97, 98, 99], :id => "x"}, {},
# CHECK-NEXT:       {1180591620717411303424, 42, [0, 1], [0, 1]}, {-2.25, 1000000},
# CHECK-NEXT:       [
# CHECK-NEXT:         b: 1.0,
# CHECK-NEXT:         e: 100.0,
# CHECK-NEXT:         a: -1,
# CHECK-NEXT:         value: -1,
# CHECK-NEXT:         ok?: "x",
# CHECK-NEXT:         c: "tab\t",
# CHECK-NEXT:         x_y: "hello",
# CHECK-NEXT:         name: "with \"quote\"",
# CHECK-NEXT:         items: [0, 1]
# CHECK-NEXT:       ], {"a much longer string value to make lines wrap around"},
# CHECK-NEXT:       %{
# CHECK-NEXT:         :id => 3.14159,
# CHECK-NEXT:         {1} => 1000000,
# CHECK-NEXT:         [:l] => [104, 105, 32, 116, 104, 101, 114, 101]
# CHECK-NEXT:       }, [items: 1000000], 0.5, {100.0}}},
# CHECK-NEXT:     0
# CHECK-NEXT:   ],
# CHECK-NEXT:   %{
# CHECK-NEXT:     1 => [
# CHECK-NEXT:       [
# CHECK-NEXT:         [
# CHECK-NEXT:           e: 1.0e20,
# CHECK-NEXT:           b: 42,
# CHECK-NEXT:           x_y: :a,
# CHECK-NEXT:           c: 1,
# CHECK-NEXT:           f: 1.0e20,
# CHECK-NEXT:           value: [0, 1],
# CHECK-NEXT:           name: :a,
# CHECK-NEXT:           d: 42,
# CHECK-NEXT:           ok?: 0,
# CHECK-NEXT:           items: 1.0e-5,
# CHECK-NEXT:           a: [104, 105, 32, 116, 104, 101, 114, 101]
# CHECK-NEXT:         ],
# CHECK-NEXT:         "x",
# CHECK-NEXT:         [97, 98, 99],
# CHECK-NEXT:         %{1 => 255, 2 => [], :name => -1, "key two" => -1},
# CHECK-NEXT:         %{:id => [], {1} => Foo.Bar},
# CHECK-NEXT:         1,
# CHECK-NEXT:         [
# CHECK-NEXT:           f: :"9x",
# CHECK-NEXT:           d: :Foo,
# CHECK-NEXT:           value: 255,
# CHECK-NEXT:           name: :a,
# CHECK-NEXT:           c: 1.0e-5,
# CHECK-NEXT:           ok?: "x",
# CHECK-NEXT:           e: "é",
# CHECK-NEXT:           b: 42,
# CHECK-NEXT:           a: 1000000,
# CHECK-NEXT:           items: :==,
# CHECK-NEXT:           x_y: :"9x"
# CHECK-NEXT:         ]
# CHECK-NEXT:       ],
# CHECK-NEXT:       :+,
# CHECK-NEXT:       [],
# CHECK-NEXT:       [
# CHECK-NEXT:         [],
# CHECK-NEXT:         %{
# CHECK-NEXT:           1 => 1180591620717411303424,
# CHECK-NEXT:           2 => [],
# CHECK-NEXT:           :a => :error,
# CHECK-NEXT:           :b => -17,
# CHECK-NEXT:           :c => 1.0e20,
# CHECK-NEXT:           :id => 1,
# CHECK-NEXT:           :name => -1,
# CHECK-NEXT:           {1} => [0, 1],
# CHECK-NEXT:           [:l] => 1.0e20,
# CHECK-NEXT:           "key two" => :==,
# CHECK-NEXT:           "s" => :"with space"
# CHECK-NEXT:         },
# CHECK-NEXT:         {},
# CHECK-NEXT:         "with \"quote\"",
# CHECK-NEXT:         [
# CHECK-NEXT:           [97, 98, 99],
# CHECK-NEXT:           "with \"quote\"",
# CHECK-NEXT:           "a much longer string value to make lines wrap around"
# CHECK-NEXT:         ],
# CHECK-NEXT:         {{\[\[}}0, 1], 3.14159, [97, 98, 99]],
# CHECK-NEXT:         "x",
# CHECK-NEXT:         42,
# CHECK-NEXT:         [
# CHECK-NEXT:           a: "a much longer string value to make lines wrap around",
# CHECK-NEXT:           ok?: 1000000,
# CHECK-NEXT:           x_y: "tab\t"
# CHECK-NEXT:         ],
# CHECK-NEXT:         %{1 => [0, 1]},
# CHECK-NEXT:         1180591620717411303424
# CHECK-NEXT:       ],
# CHECK-NEXT:       [x_y: 255, name: [b: [], x_y: :a], e: ["", 1000000, 0.5], a: []],
# CHECK-NEXT:       [
# CHECK-NEXT:         e: 1..10//2,
# CHECK-NEXT:         c: {255, "tab\t", 100.0},
# CHECK-NEXT:         name: {[104, 105], 1, [104, 105], [], 3.14159, "", 0.5},
# CHECK-NEXT:         items: -1,
# CHECK-NEXT:         value: {:error, "a much longer string value to make lines wrap around"},
# CHECK-NEXT:         x_y: ["", true, 1.0, 1000000, [104, 105, 32, 116, 104, 101, 114, 101]],
# CHECK-NEXT:         d: "hello",
# CHECK-NEXT:         f: :ok,
# CHECK-NEXT:         b: [],
# CHECK-NEXT:         ok?: {:"with space", :a, [], 1.0, 42},
# CHECK-NEXT:         a: [42, 0.5]
# CHECK-NEXT:       ],
# CHECK-NEXT:       [
# CHECK-NEXT:         c: -2.25,
# CHECK-NEXT:         d: "",
# CHECK-NEXT:         a: [104, 105],
# CHECK-NEXT:         x_y: {},
# CHECK-NEXT:         e: %{"key two" => [0, 1]},
# CHECK-NEXT:         name: -2.25,
# CHECK-NEXT:         items: {},
# CHECK-NEXT:         b: [],
# CHECK-NEXT:         ok?: {[104, 105], 1.0e-5, "tab\t"},
# CHECK-NEXT:         f: {1000000, "tab\t"},
# CHECK-NEXT:         value: [
# CHECK-NEXT:           ok?: :"with space",
# CHECK-NEXT:           x_y: 1000000,
# CHECK-NEXT:           name: [104, 105],
# CHECK-NEXT:           items: :+,
# CHECK-NEXT:           value: 255
# CHECK-NEXT:         ]
# CHECK-NEXT:       ],
# CHECK-NEXT:       [
# CHECK-NEXT:         %{
# CHECK-NEXT:           1 => "日本",
# CHECK-NEXT:           :id => "a much longer string value to make lines wrap around",
# CHECK-NEXT:           [:l] => 1.0e20,
# CHECK-NEXT:           "key two" => -1,
# CHECK-NEXT:           "s" => "x"
# CHECK-NEXT:         }
# CHECK-NEXT:       ],
# CHECK-NEXT:       [
# CHECK-NEXT:         [ok?: [], value: 1.0e20, x_y: [0, 1]],
# CHECK-NEXT:         %{
# CHECK-NEXT:           1 => 1180591620717411303424,
# CHECK-NEXT:           :b => -2.25,
# CHECK-NEXT:           :c => "x",
# CHECK-NEXT:           :name => 1180591620717411303424,
# CHECK-NEXT:           {1} => 1,
# CHECK-NEXT:           [:l] => "with \"quote\"",
# CHECK-NEXT:           "key two" => [104, 105],
# CHECK-NEXT:           "s" => "x"
# CHECK-NEXT:         },
# CHECK-NEXT:         "日本"
# CHECK-NEXT:       ],
# CHECK-NEXT:       [],
# CHECK-NEXT:       {{\[\[}}0, 1], 100.0, [104, 105], 3.14159],
# CHECK-NEXT:       [97, 98, 99],
# CHECK-NEXT:       -17
# CHECK-NEXT:     ],
# CHECK-NEXT:     2 => 1,
# CHECK-NEXT:     :a => [42],
# CHECK-NEXT:     :b => "hello",
# CHECK-NEXT:     :c => [],
# CHECK-NEXT:     :id => [name: 255, a: [97, 98, 99]],
# CHECK-NEXT:     :name => "日本",
# CHECK-NEXT:     {1} => [
# CHECK-NEXT:       b: [
# CHECK-NEXT:         d: [
# CHECK-NEXT:           d: 1.0,
# CHECK-NEXT:           a: [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:           c: 1.0e-5,
# CHECK-NEXT:           value: [97, 98, 99],
# CHECK-NEXT:           ok?: -17,
# CHECK-NEXT:           items: 42,
# CHECK-NEXT:           name: -1,
# CHECK-NEXT:           x_y: 1000000,
# CHECK-NEXT:           b: [0, 1],
# CHECK-NEXT:           f: [0, 1]
# CHECK-NEXT:         ],
# CHECK-NEXT:         f: [
# CHECK-NEXT:           [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:           100.0,
# CHECK-NEXT:           -1,
# CHECK-NEXT:           [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:           true
# CHECK-NEXT:         ],
# CHECK-NEXT:         a: [
# CHECK-NEXT:           :"9x",
# CHECK-NEXT:           -2.25,
# CHECK-NEXT:           42,
# CHECK-NEXT:           100.0,
# CHECK-NEXT:           42,
# CHECK-NEXT:           1.0e-5,
# CHECK-NEXT:           [0, 1],
# CHECK-NEXT:           1,
# CHECK-NEXT:           "",
# CHECK-NEXT:           [97, 98, 99],
# CHECK-NEXT:           [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:           1180591620717411303424,
# CHECK-NEXT:           -2.25
# CHECK-NEXT:         ]
# CHECK-NEXT:       ],
# CHECK-NEXT:       x_y: "with \"quote\"",
# CHECK-NEXT:       a: [
# CHECK-NEXT:         [
# CHECK-NEXT:           [97, 98, 99],
# CHECK-NEXT:           "tab\t",
# CHECK-NEXT:           [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:           [97, 98, 99],
# CHECK-NEXT:           [],
# CHECK-NEXT:           0.5,
# CHECK-NEXT:           -1,
# CHECK-NEXT:           -17
# CHECK-NEXT:         ]
# CHECK-NEXT:       ]
# CHECK-NEXT:     ],
# CHECK-NEXT:     [:l] => [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:     "key two" => "é",
# CHECK-NEXT:     "s" => []
# CHECK-NEXT:   },
# CHECK-NEXT:   "tab\t",
# CHECK-NEXT:   {[],
# CHECK-NEXT:    [
# CHECK-NEXT:      [
# CHECK-NEXT:        d: [
# CHECK-NEXT:          c: "tab\t",
# CHECK-NEXT:          e: "",
# CHECK-NEXT:          ok?: [0, 1],
# CHECK-NEXT:          x_y: 1000000,
# CHECK-NEXT:          name: :a,
# CHECK-NEXT:          value: [],
# CHECK-NEXT:          a: 42,
# CHECK-NEXT:          items: "tab\t"
# CHECK-NEXT:        ],
# CHECK-NEXT:        name: [
# CHECK-NEXT:          a: 1.0e20,
# CHECK-NEXT:          d: [],
# CHECK-NEXT:          b: "日本",
# CHECK-NEXT:          f: 1000000,
# CHECK-NEXT:          ok?: [97, 98, 99],
# CHECK-NEXT:          value: [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:          name: [104, 105, 32, 116, 104, 101, 114, 101]
# CHECK-NEXT:        ]
# CHECK-NEXT:      ],
# CHECK-NEXT:      [0, 1]
# CHECK-NEXT:    ], [104, 105]}
# CHECK-NEXT: ]
# CHECK-NEXT: MapSet.new([1, 2])
# CHECK-NEXT: MapSet.new([1, 2])
# CHECK-NEXT: MapSet.new([1, 2])
# CHECK-NEXT: l19: MapSet.new([1, 2])
# CHECK-NEXT: %{1 => [], [:l] => :"9x"}
# CHECK-NEXT: %{1 => [], [:l] => :"9x"}
# CHECK-NEXT: %{1 => [], [:l] => :"9x"}
# CHECK-NEXT: l20: %{1 => [], [:l] => :"9x"}
# CHECK-NEXT: -1
# CHECK-NEXT: -1
# CHECK-NEXT: -1
# CHECK-NEXT: l21: -1
# CHECK-NEXT: {}
# CHECK-NEXT: {}
# CHECK-NEXT: {}
# CHECK-NEXT: l22: {}
# CHECK-NEXT: [
# CHECK-NEXT:   1..5,
# CHECK-NEXT:   [],
# CHECK-NEXT:   {100.0,
# CHECK-NEXT:    [
# CHECK-NEXT:      1000000,
# CHECK-NEXT:      1,
# CHECK-NEXT:      {{\{\{}}}, "é", {1000000, 0, [0, 1]}, %{1 => -2.25, :b => "x", :id => :b?}, {},
# CHECK-NEXT:       1.0, "with \"quote\"", true, 100.0,
# CHECK-NEXT:       [
# CHECK-NEXT:         x_y: 'hi',
# CHECK-NEXT:         f: -1,
# CHECK-NEXT:         e: 0,
# CHECK-NEXT:         value: "é",
# CHECK-NEXT:         items: "a much longer string value to make lines wrap around",
# CHECK-NEXT:         a: nil,
# CHECK-NEXT:         name: 3.14159,
# CHECK-NEXT:         b: -1,
# CHECK-NEXT:         ok?: 100.0,
# CHECK-NEXT:         c: [0, 1],
# CHECK-NEXT:         d: 1.0e-5
# CHECK-NEXT:       ], {{\[\[}}0, 1], 42, -17, Foo.Bar], 0,
# CHECK-NEXT:       %{
# CHECK-NEXT:         1 => nil,
# CHECK-NEXT:         2 => "日本",
# CHECK-NEXT:         :a => 100.0,
# CHECK-NEXT:         :b => "",
# CHECK-NEXT:         :c => -17,
# CHECK-NEXT:         :id => 'hi',
# CHECK-NEXT:         :name => 'hi there',
# CHECK-NEXT:         {1} => 1.0e20,
# CHECK-NEXT:         [:l] => 'hi',
# CHECK-NEXT:         "key two" => -2.25,
# CHECK-NEXT:         "s" => 1.0e20
# CHECK-NEXT:       }},
# CHECK-NEXT:      1.0e-5,
# CHECK-NEXT:      [],
# CHECK-NEXT:      'hi',
# CHECK-NEXT:      'hi'
# CHECK-NEXT:    ], 'hi',
# CHECK-NEXT:    [
# CHECK-NEXT:      [%{}, 1..10//2, -1],
# CHECK-NEXT:      %{
# CHECK-NEXT:        :a => [nil, :a, :error, "with \"quote\"", "", 0, 1.0, :ok, :error],
# CHECK-NEXT:        :name => [-1, -1, 'abc', "tab\t", 1, -17, :"9x", ""],
# CHECK-NEXT:        "key two" => {1.0e20, 'hi', 100.0, "日本", 42, 1.0e20, :error}
# CHECK-NEXT:      }
# CHECK-NEXT:    ], %{a: []},
# CHECK-NEXT:    [
# CHECK-NEXT:      "with \"quote\"",
# CHECK-NEXT:      {'hi there', %{2 => [0, 1], {1} => :ok, "s" => 1.0}, [items: 'hi there'],
# CHECK-NEXT:       {{\[\[}}], 'abc', :Foo, "日本"]},
# CHECK-NEXT:      [],
# CHECK-NEXT:      [b: 255, a: 1, f: 1.0e20],
# CHECK-NEXT:      %{a: %{2 => [], :a => 1000000, :id => [0, 1]}, name: true},
# CHECK-NEXT:      [value: {"with \"quote\"", 1000000, 'hi', 'hi there', 0}, name: 'abc'],
# CHECK-NEXT:      %{:b => [], {1} => {:a}, [:l] => {{\[\[}}], 255, -17, "with \"quote\""]},
# CHECK-NEXT:      :error,
# CHECK-NEXT:      -17,
# CHECK-NEXT:      [1000000, "日本"]
# CHECK-NEXT:    ],
# CHECK-NEXT:    [
# CHECK-NEXT:      x_y: nil,
# CHECK-NEXT:      b: :error,
# CHECK-NEXT:      d: 1,
# CHECK-NEXT:      c: [b: {"é", -1, -1}],
# CHECK-NEXT:      value: [
# CHECK-NEXT:        b: {[], 'abc', "日本", 'hi there'},
# CHECK-NEXT:        name: {'hi there', 1180591620717411303424, 'hi there', 100.0, 255},
# CHECK-NEXT:        c: :==
# CHECK-NEXT:      ],
# CHECK-NEXT:      f: 'hi',
# CHECK-NEXT:      a: 1,
# CHECK-NEXT:      name: MapSet.new([1, 2]),
# CHECK-NEXT:      e: 1180591620717411303424,
# CHECK-NEXT:      ok?: ""
# CHECK-NEXT:    ],
# CHECK-NEXT:    %{
# CHECK-NEXT:      1 => {:ok, {{\[\[}}]], {"é", :==, [], 42, :a}},
# CHECK-NEXT:      :c => {[d: 100.0], :ok, [], 1..10//2},
# CHECK-NEXT:      "s" => %{
# CHECK-NEXT:        :a => %{
# CHECK-NEXT:          1 => "a much longer string value to make lines wrap around",
# CHECK-NEXT:          :name => Foo.Bar,
# CHECK-NEXT:          [:l] => 0,
# CHECK-NEXT:          "key two" => 255,
# CHECK-NEXT:          "s" => 1.0e20
# CHECK-NEXT:        },
# CHECK-NEXT:        {1} => [
# CHECK-NEXT:          d: 42,
# CHECK-NEXT:          f: 1000000,
# CHECK-NEXT:          value: 'hi there',
# CHECK-NEXT:          x_y: 1.0e-5,
# CHECK-NEXT:          ok?: "with \"quote\"",
# CHECK-NEXT:          e: 100.0
# CHECK-NEXT:        ],
# CHECK-NEXT:        "s" => [
# CHECK-NEXT:          items: [0, 1],
# CHECK-NEXT:          e: "tab\t",
# CHECK-NEXT:          value: 1180591620717411303424,
# CHECK-NEXT:          b: 'hi',
# CHECK-NEXT:          a: :error,
# CHECK-NEXT:          name: "日本",
# CHECK-NEXT:          x_y: [],
# CHECK-NEXT:          c: :ok,
# CHECK-NEXT:          d: 255
# CHECK-NEXT:        ]
# CHECK-NEXT:      }
# CHECK-NEXT:    }},
# CHECK-NEXT:   [0, 1],
# CHECK-NEXT:   ""
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   1..5,
# CHECK-NEXT:   [],
# CHECK-NEXT:   {100.0,
# CHECK-NEXT:    [
# CHECK-NEXT:      1000000,
# CHECK-NEXT:      1,
# CHECK-NEXT:      {{\{\{}}}, "é", {1000000, 0, [0, 1]}, %{1 => -2.25, :b => "x", :id => :b?}, {},
# CHECK-NEXT:       1.0, "with \"quote\"", true, 100.0,
# CHECK-NEXT:       [
# CHECK-NEXT:         x_y: 'hi',
# CHECK-NEXT:         f: -1,
# CHECK-NEXT:         e: 0,
# CHECK-NEXT:         value: "é",
# CHECK-NEXT:         items: "a much longer string value to make lines wrap around",
# CHECK-NEXT:         a: nil,
# CHECK-NEXT:         name: 3.14159,
# CHECK-NEXT:         b: -1,
# CHECK-NEXT:         ok?: 100.0,
# CHECK-NEXT:         c: [0, 1],
# CHECK-NEXT:         d: 1.0e-5
# CHECK-NEXT:       ], {{\[\[}}0, 1], 42, -17, Foo.Bar], 0,
# CHECK-NEXT:       %{
# CHECK-NEXT:         1 => nil,
# CHECK-NEXT:         2 => "日本",
# CHECK-NEXT:         :a => 100.0,
# CHECK-NEXT:         :b => "",
# CHECK-NEXT:         :c => -17,
# CHECK-NEXT:         :id => 'hi',
# CHECK-NEXT:         :name => 'hi there',
# CHECK-NEXT:         {1} => 1.0e20,
# CHECK-NEXT:         [:l] => 'hi',
# CHECK-NEXT:         "key two" => -2.25,
# CHECK-NEXT:         "s" => 1.0e20
# CHECK-NEXT:       }},
# CHECK-NEXT:      1.0e-5,
# CHECK-NEXT:      [],
# CHECK-NEXT:      'hi',
# CHECK-NEXT:      'hi'
# CHECK-NEXT:    ], 'hi',
# CHECK-NEXT:    [
# CHECK-NEXT:      [%{}, 1..10//2, -1],
# CHECK-NEXT:      %{
# CHECK-NEXT:        :a => [nil, :a, :error, "with \"quote\"", "", 0, 1.0, :ok, :error],
# CHECK-NEXT:        :name => [-1, -1, 'abc', "tab\t", 1, -17, :"9x", ""],
# CHECK-NEXT:        "key two" => {1.0e20, 'hi', 100.0, "日本", 42, 1.0e20, :error}
# CHECK-NEXT:      }
# CHECK-NEXT:    ], %{a: []},
# CHECK-NEXT:    [
# CHECK-NEXT:      "with \"quote\"",
# CHECK-NEXT:      {'hi there', %{2 => [0, 1], {1} => :ok, "s" => 1.0}, [items: 'hi there'],
# CHECK-NEXT:       {{\[\[}}], 'abc', :Foo, "日本"]},
# CHECK-NEXT:      [],
# CHECK-NEXT:      [b: 255, a: 1, f: 1.0e20],
# CHECK-NEXT:      %{a: %{2 => [], :a => 1000000, :id => [0, 1]}, name: true},
# CHECK-NEXT:      [value: {"with \"quote\"", 1000000, 'hi', 'hi there', 0}, name: 'abc'],
# CHECK-NEXT:      %{:b => [], {1} => {:a}, [:l] => {{\[\[}}], 255, -17, "with \"quote\""]},
# CHECK-NEXT:      :error,
# CHECK-NEXT:      -17,
# CHECK-NEXT:      [1000000, "日本"]
# CHECK-NEXT:    ],
# CHECK-NEXT:    [
# CHECK-NEXT:      x_y: nil,
# CHECK-NEXT:      b: :error,
# CHECK-NEXT:      d: 1,
# CHECK-NEXT:      c: [b: {"é", -1, -1}],
# CHECK-NEXT:      value: [
# CHECK-NEXT:        b: {[], 'abc', "日本", 'hi there'},
# CHECK-NEXT:        name: {'hi there', 1180591620717411303424, 'hi there', 100.0, 255},
# CHECK-NEXT:        c: :==
# CHECK-NEXT:      ],
# CHECK-NEXT:      f: 'hi',
# CHECK-NEXT:      a: 1,
# CHECK-NEXT:      name: MapSet.new([1, 2]),
# CHECK-NEXT:      e: 1180591620717411303424,
# CHECK-NEXT:      ok?: ""
# CHECK-NEXT:    ],
# CHECK-NEXT:    %{
# CHECK-NEXT:      1 => {:ok, {{\[\[}}]], {"é", :==, [], 42, :a}},
# CHECK-NEXT:      :c => {[d: 100.0], :ok, [], 1..10//2},
# CHECK-NEXT:      "s" => %{
# CHECK-NEXT:        :a => %{
# CHECK-NEXT:          1 => "a much longer string value to make lines wrap around",
# CHECK-NEXT:          :name => Foo.Bar,
# CHECK-NEXT:          [:l] => 0,
# CHECK-NEXT:          "key two" => 255,
# CHECK-NEXT:          "s" => 1.0e20
# CHECK-NEXT:        },
# CHECK-NEXT:        {1} => [
# CHECK-NEXT:          d: 42,
# CHECK-NEXT:          f: 1000000,
# CHECK-NEXT:          value: 'hi there',
# CHECK-NEXT:          x_y: 1.0e-5,
# CHECK-NEXT:          ok?: "with \"quote\"",
# CHECK-NEXT:          e: 100.0
# CHECK-NEXT:        ],
# CHECK-NEXT:        "s" => [
# CHECK-NEXT:          items: [0, 1],
# CHECK-NEXT:          e: "tab\t",
# CHECK-NEXT:          value: 1180591620717411303424,
# CHECK-NEXT:          b: 'hi',
# CHECK-NEXT:          a: :error,
# CHECK-NEXT:          name: "日本",
# CHECK-NEXT:          x_y: [],
# CHECK-NEXT:          c: :ok,
# CHECK-NEXT:          d: 255
# CHECK-NEXT:        ]
# CHECK-NEXT:      }
# CHECK-NEXT:    }},
# CHECK-NEXT:   [0, 1],
# CHECK-NEXT:   ""
# CHECK-NEXT: ]
# CHECK-NEXT: [1..5, [], {100.0, [1000000, 1, {{\{\{}}}, "é", {1000000, 0, [0, 1]}, %{1 => -2.25, :b => "x", :id => :b?}, {}, 1.0, "with \"quote\"", true, 100.0, [x_y: 'hi', f: -1, e: 0, value: "é", items: "a much longer string value to make lines wrap around", a: nil, name: 3.14159, b: -1, ok?: 100.0, c: [0, 1], d: 1.0e-5], {{\[\[}}0, 1], 42, -17, Foo.Bar], 0, %{1 => nil, 2 => "日本", :a => 100.0, :b => "", :c => -17, :id => 'hi', :name => 'hi there', {1} => 1.0e20, [:l] => 'hi', "key two" => -2.25, "s" => 1.0e20}}, 1.0e-5, [], 'hi', 'hi'], 'hi', {{\[\[}}%{}, 1..10//2, -1], %{:a => [nil, :a, :error, "with \"quote\"", "", 0, 1.0, :ok, :error], :name => [-1, -1, 'abc', "tab\t", 1, -17, :"9x", ""], "key two" => {1.0e20, 'hi', 100.0, "日本", 42, 1.0e20, :error}}], %{a: []}, ["with \"quote\"", {'hi there', %{2 => [0, 1], {1} => :ok, "s" => 1.0}, [items: 'hi there'], {{\[\[}}], 'abc', :Foo, "日本"]}, [], [b: 255, a: 1, f: 1.0e20], %{a: %{2 => [], :a => 1000000, :id => [0, 1]}, name: true}, [value: {"with \"quote\"", 1000000, 'hi', 'hi there', 0}, name: 'abc'], %{:b => [], {1} => {:a}, [:l] => {{\[\[}}], 255, -17, "with \"quote\""]}, :error, -17, [1000000, "日本"]], [x_y: nil, b: :error, d: 1, c: [b: {"é", -1, -1}], value: [b: {[], 'abc', "日本", 'hi there'}, name: {'hi there', 1180591620717411303424, 'hi there', 100.0, 255}, c: :==], f: 'hi', a: 1, name: MapSet.new([1, 2]), e: 1180591620717411303424, ok?: ""], %{1 => {:ok, {{\[\[}}]], {"é", :==, [], 42, :a}}, :c => {[d: 100.0], :ok, [], 1..10//2}, "s" => %{:a => %{1 => "a much longer string value to make lines wrap around", :name => Foo.Bar, [:l] => 0, "key two" => 255, "s" => 1.0e20}, {1} => [d: 42, f: 1000000, value: 'hi there', x_y: 1.0e-5, ok?: "with \"quote\"", e: 100.0], "s" => [items: [0, 1], e: "tab\t", value: 1180591620717411303424, b: 'hi', a: :error, name: "日本", x_y: [], c: :ok, d: 255]}}}, [0, 1], ""]
# CHECK-NEXT: l23: [
# CHECK-NEXT:   1..5,
# CHECK-NEXT:   [],
# CHECK-NEXT:   {100.0,
# CHECK-NEXT:    [
# CHECK-NEXT:      1000000,
# CHECK-NEXT:      1,
# CHECK-NEXT:      {{\{\{}}}, "é", {1000000, 0, [0, 1]}, %{1 => -2.25, :b => "x", :id => :b?}, {},
# CHECK-NEXT:       1.0, "with \"quote\"", true, 100.0,
# CHECK-NEXT:       [
# CHECK-NEXT:         x_y: [104, 105],
# CHECK-NEXT:         f: -1,
# CHECK-NEXT:         e: 0,
# CHECK-NEXT:         value: "é",
# CHECK-NEXT:         items: "a much longer string value to make lines wrap around",
# CHECK-NEXT:         a: nil,
# CHECK-NEXT:         name: 3.14159,
# CHECK-NEXT:         b: -1,
# CHECK-NEXT:         ok?: 100.0,
# CHECK-NEXT:         c: [0, 1],
# CHECK-NEXT:         d: 1.0e-5
# CHECK-NEXT:       ], {{\[\[}}0, 1], 42, -17, Foo.Bar], 0,
# CHECK-NEXT:       %{
# CHECK-NEXT:         1 => nil,
# CHECK-NEXT:         2 => "日本",
# CHECK-NEXT:         :a => 100.0,
# CHECK-NEXT:         :b => "",
# CHECK-NEXT:         :c => -17,
# CHECK-NEXT:         :id => [104, 105],
# CHECK-NEXT:         :name => [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:         {1} => 1.0e20,
# CHECK-NEXT:         [:l] => [104, 105],
# CHECK-NEXT:         "key two" => -2.25,
# CHECK-NEXT:         "s" => 1.0e20
# CHECK-NEXT:       }},
# CHECK-NEXT:      1.0e-5,
# CHECK-NEXT:      [],
# CHECK-NEXT:      [104, 105],
# CHECK-NEXT:      [104, 105]
# CHECK-NEXT:    ], [104, 105],
# CHECK-NEXT:    [
# CHECK-NEXT:      [%{}, 1..10//2, -1],
# CHECK-NEXT:      %{
# CHECK-NEXT:        :a => [nil, :a, :error, "with \"quote\"", "", 0, 1.0, :ok, :error],
# CHECK-NEXT:        :name => [-1, -1, [97, 98, 99], "tab\t", 1, -17, :"9x", ""],
# CHECK-NEXT:        "key two" => {1.0e20, [104, 105], 100.0, "日本", 42, 1.0e20, :error}
# CHECK-NEXT:      }
# CHECK-NEXT:    ], %{a: []},
# CHECK-NEXT:    [
# CHECK-NEXT:      "with \"quote\"",
# CHECK-NEXT:      {[104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:       %{2 => [0, 1], {1} => :ok, "s" => 1.0},
# CHECK-NEXT:       [items: [104, 105, 32, 116, 104, 101, 114, 101]],
# CHECK-NEXT:       {{\[\[}}], [97, 98, 99], :Foo, "日本"]},
# CHECK-NEXT:      [],
# CHECK-NEXT:      [b: 255, a: 1, f: 1.0e20],
# CHECK-NEXT:      %{a: %{2 => [], :a => 1000000, :id => [0, 1]}, name: true},
# CHECK-NEXT:      [
# CHECK-NEXT:        value: {"with \"quote\"", 1000000, [104, 105],
# CHECK-NEXT:         [104, 105, 32, 116, 104, 101, 114, 101], 0},
# CHECK-NEXT:        name: [97, 98, 99]
# CHECK-NEXT:      ],
# CHECK-NEXT:      %{:b => [], {1} => {:a}, [:l] => {{\[\[}}], 255, -17, "with \"quote\""]},
# CHECK-NEXT:      :error,
# CHECK-NEXT:      -17,
# CHECK-NEXT:      [1000000, "日本"]
# CHECK-NEXT:    ],
# CHECK-NEXT:    [
# CHECK-NEXT:      x_y: nil,
# CHECK-NEXT:      b: :error,
# CHECK-NEXT:      d: 1,
# CHECK-NEXT:      c: [b: {"é", -1, -1}],
# CHECK-NEXT:      value: [
# CHECK-NEXT:        b: {[], [97, 98, 99], "日本", [104, 105, 32, 116, 104, 101, 114, 101]},
# CHECK-NEXT:        name: {[104, 105, 32, 116, 104, 101, 114, 101], 1180591620717411303424,
# CHECK-NEXT:         [104, 105, 32, 116, 104, 101, 114, 101], 100.0, 255},
# CHECK-NEXT:        c: :==
# CHECK-NEXT:      ],
# CHECK-NEXT:      f: [104, 105],
# CHECK-NEXT:      a: 1,
# CHECK-NEXT:      name: MapSet.new([1, 2]),
# CHECK-NEXT:      e: 1180591620717411303424,
# CHECK-NEXT:      ok?: ""
# CHECK-NEXT:    ],
# CHECK-NEXT:    %{
# CHECK-NEXT:      1 => {:ok, {{\[\[}}]], {"é", :==, [], 42, :a}},
# CHECK-NEXT:      :c => {[d: 100.0], :ok, [], 1..10//2},
# CHECK-NEXT:      "s" => %{
# CHECK-NEXT:        :a => %{
# CHECK-NEXT:          1 => "a much longer string value to make lines wrap around",
# CHECK-NEXT:          :name => Foo.Bar,
# CHECK-NEXT:          [:l] => 0,
# CHECK-NEXT:          "key two" => 255,
# CHECK-NEXT:          "s" => 1.0e20
# CHECK-NEXT:        },
# CHECK-NEXT:        {1} => [
# CHECK-NEXT:          d: 42,
# CHECK-NEXT:          f: 1000000,
# CHECK-NEXT:          value: [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:          x_y: 1.0e-5,
# CHECK-NEXT:          ok?: "with \"quote\"",
# CHECK-NEXT:          e: 100.0
# CHECK-NEXT:        ],
# CHECK-NEXT:        "s" => [
# CHECK-NEXT:          items: [0, 1],
# CHECK-NEXT:          e: "tab\t",
# CHECK-NEXT:          value: 1180591620717411303424,
# CHECK-NEXT:          b: [104, 105],
# CHECK-NEXT:          a: :error,
# CHECK-NEXT:          name: "日本",
# CHECK-NEXT:          x_y: [],
# CHECK-NEXT:          c: :ok,
# CHECK-NEXT:          d: 255
# CHECK-NEXT:        ]
# CHECK-NEXT:      }
# CHECK-NEXT:    }},
# CHECK-NEXT:   [0, 1],
# CHECK-NEXT:   ""
# CHECK-NEXT: ]
# CHECK-NEXT: nil
# CHECK-NEXT: nil
# CHECK-NEXT: nil
# CHECK-NEXT: l24: nil
# CHECK-NEXT: ""
# CHECK-NEXT: ""
# CHECK-NEXT: ""
# CHECK-NEXT: l25: ""
# CHECK-NEXT: %{}
# CHECK-NEXT: %{}
# CHECK-NEXT: %{}
# CHECK-NEXT: l26: %{}
# CHECK-NEXT: 1180591620717411303424
# CHECK-NEXT: 1180591620717411303424
# CHECK-NEXT: 1180591620717411303424
# CHECK-NEXT: l27: 1180591620717411303424
# CHECK-NEXT: {1180591620717411303424, MapSet.new([1, 2]), []}
# CHECK-NEXT: {1180591620717411303424, MapSet.new([1, 2]), []}
# CHECK-NEXT: {1180591620717411303424, MapSet.new([1, 2]), []}
# CHECK-NEXT: l28: {1180591620717411303424, MapSet.new([1, 2]), []}
# CHECK-NEXT: {:"with space", [],
# CHECK-NEXT:  [
# CHECK-NEXT:    [
# CHECK-NEXT:      value: 1000000,
# CHECK-NEXT:      x_y: [{:b?, [], [0, 1], []}, {-17}, 1..5],
# CHECK-NEXT:      f: [d: [], items: 100.0, c: {255, 0, 1.0e-5, :"with space", 42, 0.5}]
# CHECK-NEXT:    ],
# CHECK-NEXT:    {3.14159},
# CHECK-NEXT:    [%{{\{\{}}1} => []}, :==],
# CHECK-NEXT:    MapSet.new([1, 2]),
# CHECK-NEXT:    [
# CHECK-NEXT:      {[
# CHECK-NEXT:         d: -1,
# CHECK-NEXT:         f: :==,
# CHECK-NEXT:         value: Foo.Bar,
# CHECK-NEXT:         name: 42,
# CHECK-NEXT:         items: 42,
# CHECK-NEXT:         b: [],
# CHECK-NEXT:         ok?: [],
# CHECK-NEXT:         c: 1.0
# CHECK-NEXT:       ], [1.0e-5, [], 42, "tab\t", 1.0, 1.0e20, 42, []],
# CHECK-NEXT:       %{
# CHECK-NEXT:         1 => "hello",
# CHECK-NEXT:         :b => 'hi',
# CHECK-NEXT:         :c => 1.0,
# CHECK-NEXT:         :id => 1,
# CHECK-NEXT:         :name => 'hi there',
# CHECK-NEXT:         {1} => "日本",
# CHECK-NEXT:         "s" => -17
# CHECK-NEXT:       }}
# CHECK-NEXT:    ],
# CHECK-NEXT:    [
# CHECK-NEXT:      %{},
# CHECK-NEXT:      %{
# CHECK-NEXT:        2 => %{},
# CHECK-NEXT:        :a => {:Foo, 255, 3.14159},
# CHECK-NEXT:        :b => %{c: 1000000, id: :"with space"},
# CHECK-NEXT:        :c => [:"9x", 1000000, :Foo, :ok],
# CHECK-NEXT:        {1} => [3.14159],
# CHECK-NEXT:        [:l] => [-2.25],
# CHECK-NEXT:        "key two" => [1000000, true, :ok, 1000000]
# CHECK-NEXT:      },
# CHECK-NEXT:      [
# CHECK-NEXT:        -2.25,
# CHECK-NEXT:        {"hello", :Foo, 1.0e-5, :Foo, 255, 'abc'},
# CHECK-NEXT:        [value: 42, ok?: 1, name: 'hi'],
# CHECK-NEXT:        %{2 => -2.25, :b => 3.14159, :c => :+, :id => :==}
# CHECK-NEXT:      ]
# CHECK-NEXT:    ],
# CHECK-NEXT:    'abc',
# CHECK-NEXT:    1.0
# CHECK-NEXT:  ]}
# CHECK-NEXT: {:"with space", [],
# CHECK-NEXT:  [
# CHECK-NEXT:    [
# CHECK-NEXT:      value: 1000000,
# CHECK-NEXT:      x_y: [{:b?, [], [0, 1], []}, {-17}, 1..5],
# CHECK-NEXT:      f: [d: [], items: 100.0, c: {255, 0, 1.0e-5, :"with space", 42, 0.5}]
# CHECK-NEXT:    ],
# CHECK-NEXT:    {3.14159},
# CHECK-NEXT:    [%{{\{\{}}1} => []}, :==],
# CHECK-NEXT:    MapSet.new([1, 2]),
# CHECK-NEXT:    [
# CHECK-NEXT:      {[
# CHECK-NEXT:         d: -1,
# CHECK-NEXT:         f: :==,
# CHECK-NEXT:         value: Foo.Bar,
# CHECK-NEXT:         name: 42,
# CHECK-NEXT:         items: 42,
# CHECK-NEXT:         b: [],
# CHECK-NEXT:         ok?: [],
# CHECK-NEXT:         c: 1.0
# CHECK-NEXT:       ], [1.0e-5, [], 42, "tab\t", 1.0, 1.0e20, 42, []],
# CHECK-NEXT:       %{
# CHECK-NEXT:         1 => "hello",
# CHECK-NEXT:         :b => 'hi',
# CHECK-NEXT:         :c => 1.0,
# CHECK-NEXT:         :id => 1,
# CHECK-NEXT:         :name => 'hi there',
# CHECK-NEXT:         {1} => "日本",
# CHECK-NEXT:         "s" => -17
# CHECK-NEXT:       }}
# CHECK-NEXT:    ],
# CHECK-NEXT:    [
# CHECK-NEXT:      %{},
# CHECK-NEXT:      %{
# CHECK-NEXT:        2 => %{},
# CHECK-NEXT:        :a => {:Foo, 255, 3.14159},
# CHECK-NEXT:        :b => %{c: 1000000, id: :"with space"},
# CHECK-NEXT:        :c => [:"9x", 1000000, :Foo, :ok],
# CHECK-NEXT:        {1} => [3.14159],
# CHECK-NEXT:        [:l] => [-2.25],
# CHECK-NEXT:        "key two" => [1000000, true, :ok, 1000000]
# CHECK-NEXT:      },
# CHECK-NEXT:      [
# CHECK-NEXT:        -2.25,
# CHECK-NEXT:        {"hello", :Foo, 1.0e-5, :Foo, 255, 'abc'},
# CHECK-NEXT:        [value: 42, ok?: 1, name: 'hi'],
# CHECK-NEXT:        %{2 => -2.25, :b => 3.14159, :c => :+, :id => :==}
# CHECK-NEXT:      ]
# CHECK-NEXT:    ],
# CHECK-NEXT:    'abc',
# CHECK-NEXT:    1.0
# CHECK-NEXT:  ]}
# CHECK-NEXT: {:"with space", [], {{\[\[}}value: 1000000, x_y: [{:b?, [], [0, 1], []}, {-17}, 1..5], f: [d: [], items: 100.0, c: {255, 0, 1.0e-5, :"with space", 42, 0.5}]], {3.14159}, [%{{\{\{}}1} => []}, :==], MapSet.new([1, 2]), [{[d: -1, f: :==, value: Foo.Bar, name: 42, items: 42, b: [], ok?: [], c: 1.0], [1.0e-5, [], 42, "tab\t", 1.0, 1.0e20, 42, []], %{1 => "hello", :b => 'hi', :c => 1.0, :id => 1, :name => 'hi there', {1} => "日本", "s" => -17}}], [%{}, %{2 => %{}, :a => {:Foo, 255, 3.14159}, :b => %{c: 1000000, id: :"with space"}, :c => [:"9x", 1000000, :Foo, :ok], {1} => [3.14159], [:l] => [-2.25], "key two" => [1000000, true, :ok, 1000000]}, [-2.25, {"hello", :Foo, 1.0e-5, :Foo, 255, 'abc'}, [value: 42, ok?: 1, name: 'hi'], %{2 => -2.25, :b => 3.14159, :c => :+, :id => :==}]], 'abc', 1.0]}
# CHECK-NEXT: l29: {:"with space", [],
# CHECK-NEXT:  [
# CHECK-NEXT:    [
# CHECK-NEXT:      value: 1000000,
# CHECK-NEXT:      x_y: [{:b?, [], [0, 1], []}, {-17}, 1..5],
# CHECK-NEXT:      f: [d: [], items: 100.0, c: {255, 0, 1.0e-5, :"with space", 42, 0.5}]
# CHECK-NEXT:    ],
# CHECK-NEXT:    {3.14159},
# CHECK-NEXT:    [%{{\{\{}}1} => []}, :==],
# CHECK-NEXT:    MapSet.new([1, 2]),
# CHECK-NEXT:    [
# CHECK-NEXT:      {[
# CHECK-NEXT:         d: -1,
# CHECK-NEXT:         f: :==,
# CHECK-NEXT:         value: Foo.Bar,
# CHECK-NEXT:         name: 42,
# CHECK-NEXT:         items: 42,
# CHECK-NEXT:         b: [],
# CHECK-NEXT:         ok?: [],
# CHECK-NEXT:         c: 1.0
# CHECK-NEXT:       ], [1.0e-5, [], 42, "tab\t", 1.0, 1.0e20, 42, []],
# CHECK-NEXT:       %{
# CHECK-NEXT:         1 => "hello",
# CHECK-NEXT:         :b => [104, 105],
# CHECK-NEXT:         :c => 1.0,
# CHECK-NEXT:         :id => 1,
# CHECK-NEXT:         :name => [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:         {1} => "日本",
# CHECK-NEXT:         "s" => -17
# CHECK-NEXT:       }}
# CHECK-NEXT:    ],
# CHECK-NEXT:    [
# CHECK-NEXT:      %{},
# CHECK-NEXT:      %{
# CHECK-NEXT:        2 => %{},
# CHECK-NEXT:        :a => {:Foo, 255, 3.14159},
# CHECK-NEXT:        :b => %{c: 1000000, id: :"with space"},
# CHECK-NEXT:        :c => [:"9x", 1000000, :Foo, :ok],
# CHECK-NEXT:        {1} => [3.14159],
# CHECK-NEXT:        [:l] => [-2.25],
# CHECK-NEXT:        "key two" => [1000000, true, :ok, 1000000]
# CHECK-NEXT:      },
# CHECK-NEXT:      [
# CHECK-NEXT:        -2.25,
# CHECK-NEXT:        {"hello", :Foo, 1.0e-5, :Foo, 255, [97, 98, 99]},
# CHECK-NEXT:        [value: 42, ok?: 1, name: [104, 105]],
# CHECK-NEXT:        %{2 => -2.25, :b => 3.14159, :c => :+, :id => :==}
# CHECK-NEXT:      ]
# CHECK-NEXT:    ],
# CHECK-NEXT:    [97, 98, 99],
# CHECK-NEXT:    1.0
# CHECK-NEXT:  ]}
# CHECK-NEXT: [
# CHECK-NEXT:   %{
# CHECK-NEXT:     :c => {:b?},
# CHECK-NEXT:     :name => [true, 1180591620717411303424, 'hi', "tab\t", -2.25, 255,
# CHECK-NEXT:      "with \"quote\"", "tab\t"],
# CHECK-NEXT:     "s" => [name: 'abc', items: 'hi there', ok?: :"9x", b: 255]
# CHECK-NEXT:   },
# CHECK-NEXT:   :Foo,
# CHECK-NEXT:   :"with space",
# CHECK-NEXT:   {{\{\{}}"日本", 'abc', 1, 1.0e20, 'abc', 0, -17, 'hi there', :error, :ok}},
# CHECK-NEXT:   {{\[\[}}], 1.0e20],
# CHECK-NEXT:   [
# CHECK-NEXT:     1180591620717411303424,
# CHECK-NEXT:     {255, 1.0e-5, -2.25, "x", "hello"},
# CHECK-NEXT:     %{:id => 42, "s" => 'hi there'},
# CHECK-NEXT:     ["with \"quote\"", :+, -1, 1.0e-5, [], "x", "日本", :error, 1000000, 1,
# CHECK-NEXT:      1180591620717411303424],
# CHECK-NEXT:     [x_y: "with \"quote\"", d: "", items: 1.0, ok?: [0, 1]],
# CHECK-NEXT:     [e: 'abc', c: 1.0e-5, items: 100.0, value: 'abc'],
# CHECK-NEXT:     -1,
# CHECK-NEXT:     "hello",
# CHECK-NEXT:     "a much longer string value to make lines wrap around",
# CHECK-NEXT:     %{},
# CHECK-NEXT:     [1, "hello"]
# CHECK-NEXT:   ]
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   %{
# CHECK-NEXT:     :c => {:b?},
# CHECK-NEXT:     :name => [...],
# CHECK-NEXT:     ...
# CHECK-NEXT:   },
# CHECK-NEXT:   :Foo,
# CHECK-NEXT:   :"with space",
# CHECK-NEXT:   ...
# CHECK-NEXT: ]
# CHECK-NEXT: [%{:c => {:b?}, :name => [true, 1180591620717411303424, 'hi', "tab\t", -2.25, 255, "with \"quote\"", "tab\t"], "s" => [name: 'abc', items: 'hi there', ok?: :"9x", b: 255]}, :Foo, :"with space", {{\{\{}}"日本", 'abc', 1, 1.0e20, 'abc', 0, -17, 'hi there', :error, :ok}}, {{\[\[}}], 1.0e20], [1180591620717411303424, {255, 1.0e-5, -2.25, "x", "hello"}, %{:id => 42, "s" => 'hi there'}, ["with \"quote\"", :+, -1, 1.0e-5, [], "x", "日本", :error, 1000000, 1, 1180591620717411303424], [x_y: "with \"quote\"", d: "", items: 1.0, ok?: [0, 1]], [e: 'abc', c: 1.0e-5, items: 100.0, value: 'abc'], -1, "hello", "a much longer string value to make lines wrap around", %{}, [1, "hello"]]]
# CHECK-NEXT: l30: [
# CHECK-NEXT:   %{
# CHECK-NEXT:     :c => {:b?},
# CHECK-NEXT:     :name => [
# CHECK-NEXT:       true,
# CHECK-NEXT:       1180591620717411303424,
# CHECK-NEXT:       [104, 105],
# CHECK-NEXT:       "tab\t",
# CHECK-NEXT:       -2.25,
# CHECK-NEXT:       255,
# CHECK-NEXT:       "with \"quote\"",
# CHECK-NEXT:       "tab\t"
# CHECK-NEXT:     ],
# CHECK-NEXT:     "s" => [
# CHECK-NEXT:       name: [97, 98, 99],
# CHECK-NEXT:       items: [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:       ok?: :"9x",
# CHECK-NEXT:       b: 255
# CHECK-NEXT:     ]
# CHECK-NEXT:   },
# CHECK-NEXT:   :Foo,
# CHECK-NEXT:   :"with space",
# CHECK-NEXT:   {{\{\{}}"日本", [97, 98, 99], 1, 1.0e20, [97, 98, 99], 0, -17,
# CHECK-NEXT:     [104, 105, 32, 116, 104, 101, 114, 101], :error, :ok}},
# CHECK-NEXT:   {{\[\[}}], 1.0e20],
# CHECK-NEXT:   [
# CHECK-NEXT:     1180591620717411303424,
# CHECK-NEXT:     {255, 1.0e-5, -2.25, "x", "hello"},
# CHECK-NEXT:     %{:id => 42, "s" => [104, 105, 32, 116, 104, 101, 114, 101]},
# CHECK-NEXT:     ["with \"quote\"", :+, -1, 1.0e-5, [], "x", "日本", :error, 1000000, 1,
# CHECK-NEXT:      1180591620717411303424],
# CHECK-NEXT:     [x_y: "with \"quote\"", d: "", items: 1.0, ok?: [0, 1]],
# CHECK-NEXT:     [e: [97, 98, 99], c: 1.0e-5, items: 100.0, value: [97, 98, 99]],
# CHECK-NEXT:     -1,
# CHECK-NEXT:     "hello",
# CHECK-NEXT:     "a much longer string value to make lines wrap around",
# CHECK-NEXT:     %{},
# CHECK-NEXT:     [1, "hello"]
# CHECK-NEXT:   ]
# CHECK-NEXT: ]
# CHECK-NEXT: {{{\[\[}}0, 1], "with \"quote\"", -2.25, 'abc', false, -2.25, :==, :a]}
# CHECK-NEXT: {{{\[\[}}0, 1], "with \"quote\"", -2.25, 'abc', false, -2.25, :==, :a]}
# CHECK-NEXT: {{{\[\[}}0, 1], "with \"quote\"", -2.25, 'abc', false, -2.25, :==, :a]}
# CHECK-NEXT: l31: {{{\[\[}}0, 1], "with \"quote\"", -2.25, [97, 98, 99], false, -2.25, :==, :a]}
# CHECK-NEXT: %{:a => %{:id => [0.5, [0, 1]], [:l] => 1..10//2, "s" => :error}, [:l] => 255}
# CHECK-NEXT: %{:a => %{:id => [0.5, ...], [...] => 1..10//2, ...}, [:l] => 255}
# CHECK-NEXT: %{:a => %{:id => [0.5, [0, 1]], [:l] => 1..10//2, "s" => :error}, [:l] => 255}
# CHECK-NEXT: l32: %{:a => %{:id => [0.5, [0, 1]], [:l] => 1..10//2, "s" => :error}, [:l] => 255}
# CHECK-NEXT: [name: :"9x"]
# CHECK-NEXT: [name: :"9x"]
# CHECK-NEXT: [name: :"9x"]
# CHECK-NEXT: l33: [name: :"9x"]
# CHECK-NEXT: [
# CHECK-NEXT:   a: {},
# CHECK-NEXT:   ok?: [
# CHECK-NEXT:     ok?: [
# CHECK-NEXT:       d: 1.0,
# CHECK-NEXT:       name: [
# CHECK-NEXT:         x_y: 1..5,
# CHECK-NEXT:         ok?: [],
# CHECK-NEXT:         items: {0.5, "tab\t", "日本", :b?, 1.0e-5, 1.0e20, :error, 100.0}
# CHECK-NEXT:       ],
# CHECK-NEXT:       f: [],
# CHECK-NEXT:       value: %{1 => 1.0e20, :a => []},
# CHECK-NEXT:       c: {1.0e20, [1180591620717411303424], [0, 1]}
# CHECK-NEXT:     ],
# CHECK-NEXT:     d: "x"
# CHECK-NEXT:   ],
# CHECK-NEXT:   x_y: 1.0e-5
# CHECK-NEXT: ]
# CHECK-NEXT: [a: {}, ok?: [ok?: [...], ...], x_y: 1.0e-5]
# CHECK-NEXT: [a: {}, ok?: [ok?: [d: 1.0, name: [x_y: 1..5, ok?: [], items: {0.5, "tab\t", "日本", :b?, 1.0e-5, 1.0e20, :error, 100.0}], f: [], value: %{1 => 1.0e20, :a => []}, c: {1.0e20, [1180591620717411303424], [0, 1]}], d: "x"], x_y: 1.0e-5]
# CHECK-NEXT: l34: [
# CHECK-NEXT:   a: {},
# CHECK-NEXT:   ok?: [
# CHECK-NEXT:     ok?: [
# CHECK-NEXT:       d: 1.0,
# CHECK-NEXT:       name: [
# CHECK-NEXT:         x_y: 1..5,
# CHECK-NEXT:         ok?: [],
# CHECK-NEXT:         items: {0.5, "tab\t", "日本", :b?, 1.0e-5, 1.0e20, :error, 100.0}
# CHECK-NEXT:       ],
# CHECK-NEXT:       f: [],
# CHECK-NEXT:       value: %{1 => 1.0e20, :a => []},
# CHECK-NEXT:       c: {1.0e20, [1180591620717411303424], [0, 1]}
# CHECK-NEXT:     ],
# CHECK-NEXT:     d: "x"
# CHECK-NEXT:   ],
# CHECK-NEXT:   x_y: 1.0e-5
# CHECK-NEXT: ]
# CHECK-NEXT: :+
# CHECK-NEXT: :+
# CHECK-NEXT: :+
# CHECK-NEXT: l35: :+
# CHECK-NEXT: []
# CHECK-NEXT: []
# CHECK-NEXT: []
# CHECK-NEXT: l36: []
# CHECK-NEXT: []
# CHECK-NEXT: []
# CHECK-NEXT: []
# CHECK-NEXT: l37: []
# CHECK-NEXT: :b?
# CHECK-NEXT: :b?
# CHECK-NEXT: :b?
# CHECK-NEXT: l38: :b?
# CHECK-NEXT: %{
# CHECK-NEXT:   1 => 3.14159,
# CHECK-NEXT:   2 => -17,
# CHECK-NEXT:   :a => false,
# CHECK-NEXT:   :b => 'hi there',
# CHECK-NEXT:   :c => [0, 1],
# CHECK-NEXT:   :id => 'abc',
# CHECK-NEXT:   :name => 'abc',
# CHECK-NEXT:   {1} => "with \"quote\"",
# CHECK-NEXT:   [:l] => 0,
# CHECK-NEXT:   "key two" => Foo.Bar,
# CHECK-NEXT:   "s" => []
# CHECK-NEXT: }
# CHECK-NEXT: %{
# CHECK-NEXT:   1 => 3.14159,
# CHECK-NEXT:   2 => -17,
# CHECK-NEXT:   :a => false,
# CHECK-NEXT:   :b => 'hi there',
# CHECK-NEXT:   :c => [0, 1],
# CHECK-NEXT:   :id => 'abc',
# CHECK-NEXT:   :name => 'abc',
# CHECK-NEXT:   {1} => "with \"quote\"",
# CHECK-NEXT:   [:l] => 0,
# CHECK-NEXT:   "key two" => Foo.Bar,
# CHECK-NEXT:   "s" => []
# CHECK-NEXT: }
# CHECK-NEXT: %{1 => 3.14159, 2 => -17, :a => false, :b => 'hi there', :c => [0, 1], :id => 'abc', :name => 'abc', {1} => "with \"quote\"", [:l] => 0, "key two" => Foo.Bar, "s" => []}
# CHECK-NEXT: l39: %{
# CHECK-NEXT:   1 => 3.14159,
# CHECK-NEXT:   2 => -17,
# CHECK-NEXT:   :a => false,
# CHECK-NEXT:   :b => [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:   :c => [0, 1],
# CHECK-NEXT:   :id => [97, 98, 99],
# CHECK-NEXT:   :name => [97, 98, 99],
# CHECK-NEXT:   {1} => "with \"quote\"",
# CHECK-NEXT:   [:l] => 0,
# CHECK-NEXT:   "key two" => Foo.Bar,
# CHECK-NEXT:   "s" => []
# CHECK-NEXT: }
# CHECK-NEXT: 1.0e20
# CHECK-NEXT: 1.0e20
# CHECK-NEXT: 1.0e20
# CHECK-NEXT: l40: 1.0e20
# CHECK-NEXT: %{:b => "tab\t", {1} => 'hi there'}
# CHECK-NEXT: %{:b => "tab\t", {1} => 'hi there'}
# CHECK-NEXT: %{:b => "tab\t", {1} => 'hi there'}
# CHECK-NEXT: l41: %{:b => "tab\t", {1} => [104, 105, 32, 116, 104, 101, 114, 101]}
# CHECK-NEXT: 'hi there'
# CHECK-NEXT: 'hi there'
# CHECK-NEXT: 'hi there'
# CHECK-NEXT: l42: [104, 105, 32, 116, 104, 101, 114, 101]
# CHECK-NEXT: {{\[\[}}]]
# CHECK-NEXT: {{\[\[}}]]
# CHECK-NEXT: {{\[\[}}]]
# CHECK-NEXT: l43: {{\[\[}}]]
# CHECK-NEXT: 1.0e-5
# CHECK-NEXT: 1.0e-5
# CHECK-NEXT: 1.0e-5
# CHECK-NEXT: l44: 1.0e-5
# CHECK-NEXT: [
# CHECK-NEXT:   f: :"9x",
# CHECK-NEXT:   b: -17,
# CHECK-NEXT:   ok?: Foo.Bar,
# CHECK-NEXT:   d: 'abc',
# CHECK-NEXT:   items: :"with space",
# CHECK-NEXT:   a: Foo.Bar,
# CHECK-NEXT:   c: 'abc'
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   f: :"9x",
# CHECK-NEXT:   b: -17,
# CHECK-NEXT:   ok?: Foo.Bar,
# CHECK-NEXT:   d: 'abc',
# CHECK-NEXT:   items: :"with space",
# CHECK-NEXT:   ...
# CHECK-NEXT: ]
# CHECK-NEXT: [f: :"9x", b: -17, ok?: Foo.Bar, d: 'abc', items: :"with space", a: Foo.Bar, c: 'abc']
# CHECK-NEXT: l45: [
# CHECK-NEXT:   f: :"9x",
# CHECK-NEXT:   b: -17,
# CHECK-NEXT:   ok?: Foo.Bar,
# CHECK-NEXT:   d: [97, 98, 99],
# CHECK-NEXT:   items: :"with space",
# CHECK-NEXT:   a: Foo.Bar,
# CHECK-NEXT:   c: [97, 98, 99]
# CHECK-NEXT: ]
# CHECK-NEXT: [b: 'hi there', c: ""]
# CHECK-NEXT: [b: 'hi there', c: ""]
# CHECK-NEXT: [b: 'hi there', c: ""]
# CHECK-NEXT: l46: [b: [104, 105, 32, 116, 104, 101, 114, 101], c: ""]
# CHECK-NEXT: "hello"
# CHECK-NEXT: "hello"
# CHECK-NEXT: "hello"
# CHECK-NEXT: l47: "hello"
# CHECK-NEXT: {[
# CHECK-NEXT:    b: 0,
# CHECK-NEXT:    x_y: :==,
# CHECK-NEXT:    d: -1,
# CHECK-NEXT:    f: "a much longer string value to make lines wrap around",
# CHECK-NEXT:    a: 42,
# CHECK-NEXT:    items: 'hi there'
# CHECK-NEXT:  ], [1.0e-5, "x", -17, [], 0.5, 1000000, "x"]}
# CHECK-NEXT: {[
# CHECK-NEXT:    b: 0,
# CHECK-NEXT:    x_y: :==,
# CHECK-NEXT:    d: -1,
# CHECK-NEXT:    f: "a much longer string value to make lines wrap around",
# CHECK-NEXT:    a: 42,
# CHECK-NEXT:    items: 'hi there'
# CHECK-NEXT:  ], [1.0e-5, "x", -17, [], 0.5, 1000000, "x"]}
# CHECK-NEXT: {[b: 0, x_y: :==, d: -1, f: "a much longer string value to make lines wrap around", a: 42, items: 'hi there'], [1.0e-5, "x", -17, [], 0.5, 1000000, "x"]}
# CHECK-NEXT: l48: {[
# CHECK-NEXT:    b: 0,
# CHECK-NEXT:    x_y: :==,
# CHECK-NEXT:    d: -1,
# CHECK-NEXT:    f: "a much longer string value to make lines wrap around",
# CHECK-NEXT:    a: 42,
# CHECK-NEXT:    items: [104, 105, 32, 116, 104, 101, 114, 101]
# CHECK-NEXT:  ], [1.0e-5, "x", -17, [], 0.5, 1000000, "x"]}
# CHECK-NEXT: {:"with space"}
# CHECK-NEXT: {:"with space"}
# CHECK-NEXT: {:"with space"}
# CHECK-NEXT: l49: {:"with space"}
# CHECK-NEXT: [
# CHECK-NEXT:   items: [0, 1],
# CHECK-NEXT:   ok?: -17,
# CHECK-NEXT:   d: :==,
# CHECK-NEXT:   value: [Foo.Bar, -17, 255],
# CHECK-NEXT:   a: [],
# CHECK-NEXT:   f: 'hi',
# CHECK-NEXT:   b: [],
# CHECK-NEXT:   e: [
# CHECK-NEXT:     ok?: {[
# CHECK-NEXT:        255,
# CHECK-NEXT:        :error,
# CHECK-NEXT:        [0, 1],
# CHECK-NEXT:        255,
# CHECK-NEXT:        'hi',
# CHECK-NEXT:        3.14159,
# CHECK-NEXT:        :"with space",
# CHECK-NEXT:        1.0e-5,
# CHECK-NEXT:        1,
# CHECK-NEXT:        -17,
# CHECK-NEXT:        1000000,
# CHECK-NEXT:        0,
# CHECK-NEXT:        -1,
# CHECK-NEXT:        :error,
# CHECK-NEXT:        :b?
# CHECK-NEXT:      ], {"tab\t"}, "x", :+, 1000000,
# CHECK-NEXT:      [-2.25, "with \"quote\"", 255, :error, -2.25, 'hi', "with \"quote\"",
# CHECK-NEXT:       'hi there', "x", "tab\t", [], "hello"]},
# CHECK-NEXT:     items: [
# CHECK-NEXT:       ok?: 42,
# CHECK-NEXT:       a: %{},
# CHECK-NEXT:       x_y: {42},
# CHECK-NEXT:       d: {[], 1.0, 1.0e20, 100.0, -17, 1180591620717411303424},
# CHECK-NEXT:       items: 255,
# CHECK-NEXT:       f: false,
# CHECK-NEXT:       c: [
# CHECK-NEXT:         x_y: "x",
# CHECK-NEXT:         a: 1180591620717411303424,
# CHECK-NEXT:         d: 1,
# CHECK-NEXT:         ok?: 'hi',
# CHECK-NEXT:         e: "é",
# CHECK-NEXT:         name: "with \"quote\"",
# CHECK-NEXT:         items: "with \"quote\"",
# CHECK-NEXT:         value: "hello",
# CHECK-NEXT:         c: "日本",
# CHECK-NEXT:         b: true,
# CHECK-NEXT:         f: "with \"quote\""
# CHECK-NEXT:       ],
# CHECK-NEXT:       name: [e: "x", f: 'abc', b: 3.14159, items: :b?, ok?: 1, a: 1]
# CHECK-NEXT:     ],
# CHECK-NEXT:     f: [
# CHECK-NEXT:       name: {:"9x", "x", "日本", true, 1000000},
# CHECK-NEXT:       f: [
# CHECK-NEXT:         ok?: 42,
# CHECK-NEXT:         c: 'hi',
# CHECK-NEXT:         d: 42,
# CHECK-NEXT:         e: 1.0e-5,
# CHECK-NEXT:         value: 42,
# CHECK-NEXT:         x_y: 1.0,
# CHECK-NEXT:         b: "x",
# CHECK-NEXT:         a: :a,
# CHECK-NEXT:         items: "日本",
# CHECK-NEXT:         f: :"9x",
# CHECK-NEXT:         name: 1.0e-5
# CHECK-NEXT:       ]
# CHECK-NEXT:     ],
# CHECK-NEXT:     b: "日本"
# CHECK-NEXT:   ],
# CHECK-NEXT:   c: [items: [ok?: [], items: 100.0]],
# CHECK-NEXT:   x_y: [],
# CHECK-NEXT:   name: 'hi'
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   items: [0, 1],
# CHECK-NEXT:   ok?: -17,
# CHECK-NEXT:   d: :==,
# CHECK-NEXT:   value: [Foo.Bar, -17, 255],
# CHECK-NEXT:   a: [],
# CHECK-NEXT:   f: 'hi',
# CHECK-NEXT:   b: [],
# CHECK-NEXT:   e: [
# CHECK-NEXT:     ok?: {[
# CHECK-NEXT:        255,
# CHECK-NEXT:        :error,
# CHECK-NEXT:        [0, 1],
# CHECK-NEXT:        255,
# CHECK-NEXT:        'hi',
# CHECK-NEXT:        3.14159,
# CHECK-NEXT:        :"with space",
# CHECK-NEXT:        1.0e-5,
# CHECK-NEXT:        1,
# CHECK-NEXT:        -17,
# CHECK-NEXT:        1000000,
# CHECK-NEXT:        0,
# CHECK-NEXT:        -1,
# CHECK-NEXT:        :error,
# CHECK-NEXT:        :b?
# CHECK-NEXT:      ], {"tab\t"}, "x", :+, 1000000,
# CHECK-NEXT:      [-2.25, "with \"quote\"", 255, :error, -2.25, 'hi', "with \"quote\"",
# CHECK-NEXT:       'hi there', "x", "tab\t", [], "hello"]},
# CHECK-NEXT:     items: [
# CHECK-NEXT:       ok?: 42,
# CHECK-NEXT:       a: %{},
# CHECK-NEXT:       x_y: {42},
# CHECK-NEXT:       d: {[], 1.0, 1.0e20, 100.0, -17, 1180591620717411303424},
# CHECK-NEXT:       items: 255,
# CHECK-NEXT:       f: false,
# CHECK-NEXT:       c: [
# CHECK-NEXT:         x_y: "x",
# CHECK-NEXT:         a: 1180591620717411303424,
# CHECK-NEXT:         d: 1,
# CHECK-NEXT:         ok?: 'hi',
# CHECK-NEXT:         e: "é",
# CHECK-NEXT:         name: "with \"quote\"",
# CHECK-NEXT:         items: "with \"quote\"",
# CHECK-NEXT:         value: "hello",
# CHECK-NEXT:         c: "日本",
# CHECK-NEXT:         b: true,
# CHECK-NEXT:         f: "with \"quote\""
# CHECK-NEXT:       ],
# CHECK-NEXT:       name: [e: "x", f: 'abc', b: 3.14159, items: :b?, ok?: 1, a: 1]
# CHECK-NEXT:     ],
# CHECK-NEXT:     f: [
# CHECK-NEXT:       name: {:"9x", "x", "日本", true, 1000000},
# CHECK-NEXT:       f: [
# CHECK-NEXT:         ok?: 42,
# CHECK-NEXT:         c: 'hi',
# CHECK-NEXT:         d: 42,
# CHECK-NEXT:         e: 1.0e-5,
# CHECK-NEXT:         value: 42,
# CHECK-NEXT:         x_y: 1.0,
# CHECK-NEXT:         b: "x",
# CHECK-NEXT:         a: :a,
# CHECK-NEXT:         items: "日本",
# CHECK-NEXT:         f: :"9x",
# CHECK-NEXT:         name: 1.0e-5
# CHECK-NEXT:       ]
# CHECK-NEXT:     ],
# CHECK-NEXT:     b: "日本"
# CHECK-NEXT:   ],
# CHECK-NEXT:   c: [items: [ok?: [], items: 100.0]],
# CHECK-NEXT:   x_y: [],
# CHECK-NEXT:   name: 'hi'
# CHECK-NEXT: ]
# CHECK-NEXT: [items: [0, 1], ok?: -17, d: :==, value: [Foo.Bar, -17, 255], a: [], f: 'hi', b: [], e: [ok?: {[255, :error, [0, 1], 255, 'hi', 3.14159, :"with space", 1.0e-5, 1, -17, 1000000, 0, -1, :error, :b?], {"tab\t"}, "x", :+, 1000000, [-2.25, "with \"quote\"", 255, :error, -2.25, 'hi', "with \"quote\"", 'hi there', "x", "tab\t", [], "hello"]}, items: [ok?: 42, a: %{}, x_y: {42}, d: {[], 1.0, 1.0e20, 100.0, -17, 1180591620717411303424}, items: 255, f: false, c: [x_y: "x", a: 1180591620717411303424, d: 1, ok?: 'hi', e: "é", name: "with \"quote\"", items: "with \"quote\"", value: "hello", c: "日本", b: true, f: "with \"quote\""], name: [e: "x", f: 'abc', b: 3.14159, items: :b?, ok?: 1, a: 1]], f: [name: {:"9x", "x", "日本", true, 1000000}, f: [ok?: 42, c: 'hi', d: 42, e: 1.0e-5, value: 42, x_y: 1.0, b: "x", a: :a, items: "日本", f: :"9x", name: 1.0e-5]], b: "日本"], c: [items: [ok?: [], items: 100.0]], x_y: [], name: 'hi']
# CHECK-NEXT: l50: [
# CHECK-NEXT:   items: [0, 1],
# CHECK-NEXT:   ok?: -17,
# CHECK-NEXT:   d: :==,
# CHECK-NEXT:   value: [Foo.Bar, -17, 255],
# CHECK-NEXT:   a: [],
# CHECK-NEXT:   f: [104, 105],
# CHECK-NEXT:   b: [],
# CHECK-NEXT:   e: [
# CHECK-NEXT:     ok?: {[
# CHECK-NEXT:        255,
# CHECK-NEXT:        :error,
# CHECK-NEXT:        [0, 1],
# CHECK-NEXT:        255,
# CHECK-NEXT:        [104, 105],
# CHECK-NEXT:        3.14159,
# CHECK-NEXT:        :"with space",
# CHECK-NEXT:        1.0e-5,
# CHECK-NEXT:        1,
# CHECK-NEXT:        -17,
# CHECK-NEXT:        1000000,
# CHECK-NEXT:        0,
# CHECK-NEXT:        -1,
# CHECK-NEXT:        :error,
# CHECK-NEXT:        :b?
# CHECK-NEXT:      ], {"tab\t"}, "x", :+, 1000000,
# CHECK-NEXT:      [
# CHECK-NEXT:        -2.25,
# CHECK-NEXT:        "with \"quote\"",
# CHECK-NEXT:        255,
# CHECK-NEXT:        :error,
# CHECK-NEXT:        -2.25,
# CHECK-NEXT:        [104, 105],
# CHECK-NEXT:        "with \"quote\"",
# CHECK-NEXT:        [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:        "x",
# CHECK-NEXT:        "tab\t",
# CHECK-NEXT:        [],
# CHECK-NEXT:        "hello"
# CHECK-NEXT:      ]},
# CHECK-NEXT:     items: [
# CHECK-NEXT:       ok?: 42,
# CHECK-NEXT:       a: %{},
# CHECK-NEXT:       x_y: {42},
# CHECK-NEXT:       d: {[], 1.0, 1.0e20, 100.0, -17, 1180591620717411303424},
# CHECK-NEXT:       items: 255,
# CHECK-NEXT:       f: false,
# CHECK-NEXT:       c: [
# CHECK-NEXT:         x_y: "x",
# CHECK-NEXT:         a: 1180591620717411303424,
# CHECK-NEXT:         d: 1,
# CHECK-NEXT:         ok?: [104, 105],
# CHECK-NEXT:         e: "é",
# CHECK-NEXT:         name: "with \"quote\"",
# CHECK-NEXT:         items: "with \"quote\"",
# CHECK-NEXT:         value: "hello",
# CHECK-NEXT:         c: "日本",
# CHECK-NEXT:         b: true,
# CHECK-NEXT:         f: "with \"quote\""
# CHECK-NEXT:       ],
# CHECK-NEXT:       name: [e: "x", f: [97, 98, 99], b: 3.14159, items: :b?, ok?: 1, a: 1]
# CHECK-NEXT:     ],
# CHECK-NEXT:     f: [
# CHECK-NEXT:       name: {:"9x", "x", "日本", true, 1000000},
# CHECK-NEXT:       f: [
# CHECK-NEXT:         ok?: 42,
# CHECK-NEXT:         c: [104, 105],
# CHECK-NEXT:         d: 42,
# CHECK-NEXT:         e: 1.0e-5,
# CHECK-NEXT:         value: 42,
# CHECK-NEXT:         x_y: 1.0,
# CHECK-NEXT:         b: "x",
# CHECK-NEXT:         a: :a,
# CHECK-NEXT:         items: "日本",
# CHECK-NEXT:         f: :"9x",
# CHECK-NEXT:         name: 1.0e-5
# CHECK-NEXT:       ]
# CHECK-NEXT:     ],
# CHECK-NEXT:     b: "日本"
# CHECK-NEXT:   ],
# CHECK-NEXT:   c: [items: [ok?: [], items: 100.0]],
# CHECK-NEXT:   x_y: [],
# CHECK-NEXT:   name: [104, 105]
# CHECK-NEXT: ]
# CHECK-NEXT: 1..5
# CHECK-NEXT: 1..5
# CHECK-NEXT: 1..5
# CHECK-NEXT: l51: 1..5
# CHECK-NEXT: [
# CHECK-NEXT:   [
# CHECK-NEXT:     [
# CHECK-NEXT:       d: %{a: 100.0, id: 1.0e20},
# CHECK-NEXT:       ok?: [name: 'hi', c: 1.0],
# CHECK-NEXT:       c: "with \"quote\"",
# CHECK-NEXT:       a: 42,
# CHECK-NEXT:       f: %{1 => 42, :a => 0, :name => [], "key two" => "hello", "s" => 3.14159},
# CHECK-NEXT:       b: 1.0e20,
# CHECK-NEXT:       x_y: :b?,
# CHECK-NEXT:       items: 'hi there',
# CHECK-NEXT:       name: "x",
# CHECK-NEXT:       value: 'hi',
# CHECK-NEXT:       e: {}
# CHECK-NEXT:     ],
# CHECK-NEXT:     'hi'
# CHECK-NEXT:   ],
# CHECK-NEXT:   [
# CHECK-NEXT:     d: :"9x",
# CHECK-NEXT:     e: {:b?, [1180591620717411303424, 'hi', 1, -2.25], {"", [0, 1]},
# CHECK-NEXT:      %{
# CHECK-NEXT:        2 => 1180591620717411303424,
# CHECK-NEXT:        :a => :"with space",
# CHECK-NEXT:        :b => 'hi there',
# CHECK-NEXT:        :id => "日本",
# CHECK-NEXT:        :name => 0,
# CHECK-NEXT:        {1} => 'hi there',
# CHECK-NEXT:        "key two" => "hello",
# CHECK-NEXT:        "s" => 1000000
# CHECK-NEXT:      }, [100.0, 0, "é"]},
# CHECK-NEXT:     items: [-1, [items: -17]],
# CHECK-NEXT:     x_y: -17,
# CHECK-NEXT:     ok?: {},
# CHECK-NEXT:     value: {{\{\{}}}, [items: [], c: 'hi', a: nil, value: [0, 1]]},
# CHECK-NEXT:     f: 42,
# CHECK-NEXT:     c: []
# CHECK-NEXT:   ],
# CHECK-NEXT:   [d: [ok?: "é"], x_y: {'hi'}],
# CHECK-NEXT:   [
# CHECK-NEXT:     [0, 1],
# CHECK-NEXT:     %{},
# CHECK-NEXT:     [{:+, "", 'abc', [0, 1], "tab\t"}],
# CHECK-NEXT:     [1180591620717411303424],
# CHECK-NEXT:     {"x", "a much longer string value to make lines wrap around", nil, [1.0],
# CHECK-NEXT:      -17,
# CHECK-NEXT:      ['abc', :ok, -17, 100.0, 1, :a, 1.0, 255, true, 'hi there', false, :==,
# CHECK-NEXT:       3.14159, true], [""],
# CHECK-NEXT:      [
# CHECK-NEXT:        c: 'hi there',
# CHECK-NEXT:        a: 1180591620717411303424,
# CHECK-NEXT:        b: :==,
# CHECK-NEXT:        value: :a,
# CHECK-NEXT:        f: :b?,
# CHECK-NEXT:        x_y: "a much longer string value to make lines wrap around"
# CHECK-NEXT:      ], %{:id => 0.5, {1} => "hello"}, [ok?: ""],
# CHECK-NEXT:      [0, 1000000, 42, "tab\t", 1.0, :Foo, 'hi', "hello", :==, 'abc', 'abc', "x",
# CHECK-NEXT:       "é", 255], :+,
# CHECK-NEXT:      [b: 1.0e-5, f: 0, x_y: [0, 1], name: :ok, a: "日本", e: 'abc'], []}
# CHECK-NEXT:   ],
# CHECK-NEXT:   [
# CHECK-NEXT:     [f: [b: 'hi there'], ok?: {}, c: {"é", -1, 1, :==, :ok}],
# CHECK-NEXT:     255,
# CHECK-NEXT:     %{
# CHECK-NEXT:       :b => :==,
# CHECK-NEXT:       :id => 'abc',
# CHECK-NEXT:       [:l] => %{},
# CHECK-NEXT:       "s" => %{
# CHECK-NEXT:         1 => 1000000,
# CHECK-NEXT:         2 => :Foo,
# CHECK-NEXT:         :a => 1,
# CHECK-NEXT:         :b => -2.25,
# CHECK-NEXT:         :c => 255,
# CHECK-NEXT:         :name => :error,
# CHECK-NEXT:         {1} => 3.14159,
# CHECK-NEXT:         [:l] => 255,
# CHECK-NEXT:         "key two" => "a much longer string value to make lines wrap around",
# CHECK-NEXT:         "s" => [0, 1]
# CHECK-NEXT:       }
# CHECK-NEXT:     },
# CHECK-NEXT:     'abc'
# CHECK-NEXT:   ],
# CHECK-NEXT:   {},
# CHECK-NEXT:   {'abc', {}},
# CHECK-NEXT:   "a much longer string value to make lines wrap around",
# CHECK-NEXT:   [true, 255, "é"],
# CHECK-NEXT:   {{\{\{}}}, {'abc'}, 1180591620717411303424, [0, 1],
# CHECK-NEXT:    %{
# CHECK-NEXT:      :a => [ok?: 3.14159, f: "with \"quote\"", c: 1.0],
# CHECK-NEXT:      :c => [
# CHECK-NEXT:        a: "日本",
# CHECK-NEXT:        items: :error,
# CHECK-NEXT:        e: 'abc',
# CHECK-NEXT:        c: "a much longer string value to make lines wrap around",
# CHECK-NEXT:        f: :+
# CHECK-NEXT:      ],
# CHECK-NEXT:      {1} => 'hi there',
# CHECK-NEXT:      [:l] => 'hi there',
# CHECK-NEXT:      "key two" => [-1, "日本", :ok, :Foo],
# CHECK-NEXT:      "s" => {'hi'}
# CHECK-NEXT:    }},
# CHECK-NEXT:   [
# CHECK-NEXT:     [
# CHECK-NEXT:       a: [ok?: 1180591620717411303424, name: :==, e: 1000000, f: 'abc'],
# CHECK-NEXT:       d: [:error, 1.0, :a],
# CHECK-NEXT:       b: %{
# CHECK-NEXT:         1 => "a much longer string value to make lines wrap around",
# CHECK-NEXT:         2 => "hello",
# CHECK-NEXT:         :id => 1.0e-5,
# CHECK-NEXT:         {1} => 100.0,
# CHECK-NEXT:         "s" => 1180591620717411303424
# CHECK-NEXT:       },
# CHECK-NEXT:       name: 1,
# CHECK-NEXT:       f: [255, Foo.Bar],
# CHECK-NEXT:       e: [
# CHECK-NEXT:         "",
# CHECK-NEXT:         [0, 1],
# CHECK-NEXT:         1180591620717411303424,
# CHECK-NEXT:         :ok,
# CHECK-NEXT:         "hello",
# CHECK-NEXT:         [],
# CHECK-NEXT:         1.0e20,
# CHECK-NEXT:         "tab\t",
# CHECK-NEXT:         Foo.Bar,
# CHECK-NEXT:         "hello"
# CHECK-NEXT:       ],
# CHECK-NEXT:       value: {:a},
# CHECK-NEXT:       ok?: %{},
# CHECK-NEXT:       c: [
# CHECK-NEXT:         ok?: "x",
# CHECK-NEXT:         b: -2.25,
# CHECK-NEXT:         c: :"with space",
# CHECK-NEXT:         value: "",
# CHECK-NEXT:         a: 0.5,
# CHECK-NEXT:         items: "日本",
# CHECK-NEXT:         name: :error,
# CHECK-NEXT:         e: "with \"quote\""
# CHECK-NEXT:       ],
# CHECK-NEXT:       items: [],
# CHECK-NEXT:       x_y: "a much longer string value to make lines wrap around"
# CHECK-NEXT:     ]
# CHECK-NEXT:   ],
# CHECK-NEXT:   [
# CHECK-NEXT:     f: [
# CHECK-NEXT:       x_y: {true, :==, 'hi there'},
# CHECK-NEXT:       a: [b: 1, x_y: 0, d: "hello", value: -2.25, ok?: :error],
# CHECK-NEXT:       name: "x",
# CHECK-NEXT:       c: %{b: 0.5, c: 1000000, id: "", name: 'hi there'},
# CHECK-NEXT:       value: 'abc'
# CHECK-NEXT:     ]
# CHECK-NEXT:   ],
# CHECK-NEXT:   100.0,
# CHECK-NEXT:   [
# CHECK-NEXT:     [
# CHECK-NEXT:       ok?: "x",
# CHECK-NEXT:       e: %{},
# CHECK-NEXT:       f: 1..5,
# CHECK-NEXT:       a: 1.0e-5,
# CHECK-NEXT:       x_y: [e: 255, f: "日本", name: 0.5],
# CHECK-NEXT:       value: 255,
# CHECK-NEXT:       b: {{\[\[}}0, 1], :"9x", nil],
# CHECK-NEXT:       name: [],
# CHECK-NEXT:       items: [],
# CHECK-NEXT:       c: {3.14159, 1.0}
# CHECK-NEXT:     ]
# CHECK-NEXT:   ]
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   [
# CHECK-NEXT:     [
# CHECK-NEXT:       d: %{a: 100.0, id: 1.0e20},
# CHECK-NEXT:       ok?: [name: 'hi', c: 1.0],
# CHECK-NEXT:       c: "with \"quote\"",
# CHECK-NEXT:       a: 42,
# CHECK-NEXT:       f: %{1 => 42, :a => 0, :name => [], "key two" => "hello", "s" => 3.14159},
# CHECK-NEXT:       b: 1.0e20,
# CHECK-NEXT:       x_y: :b?,
# CHECK-NEXT:       items: 'hi there',
# CHECK-NEXT:       name: "x",
# CHECK-NEXT:       value: 'hi',
# CHECK-NEXT:       e: {}
# CHECK-NEXT:     ],
# CHECK-NEXT:     'hi'
# CHECK-NEXT:   ],
# CHECK-NEXT:   [
# CHECK-NEXT:     d: :"9x",
# CHECK-NEXT:     e: {:b?, [1180591620717411303424, 'hi', 1, -2.25], {"", [0, 1]},
# CHECK-NEXT:      %{
# CHECK-NEXT:        2 => 1180591620717411303424,
# CHECK-NEXT:        :a => :"with space",
# CHECK-NEXT:        :b => 'hi there',
# CHECK-NEXT:        :id => "日本",
# CHECK-NEXT:        :name => 0,
# CHECK-NEXT:        {1} => 'hi there',
# CHECK-NEXT:        "key two" => "hello",
# CHECK-NEXT:        "s" => 1000000
# CHECK-NEXT:      }, [100.0, 0, "é"]},
# CHECK-NEXT:     items: [-1, [items: -17]],
# CHECK-NEXT:     x_y: -17,
# CHECK-NEXT:     ok?: {},
# CHECK-NEXT:     value: {{\{\{}}}, [items: [], c: 'hi', a: nil, value: [0, 1]]},
# CHECK-NEXT:     f: 42,
# CHECK-NEXT:     c: []
# CHECK-NEXT:   ],
# CHECK-NEXT:   [d: [ok?: "é"], x_y: {'hi'}],
# CHECK-NEXT:   [
# CHECK-NEXT:     [0, 1],
# CHECK-NEXT:     %{},
# CHECK-NEXT:     [{:+, "", 'abc', [0, 1], "tab\t"}],
# CHECK-NEXT:     [1180591620717411303424],
# CHECK-NEXT:     {"x", "a much longer string value to make lines wrap around", nil, [1.0],
# CHECK-NEXT:      -17,
# CHECK-NEXT:      ['abc', :ok, -17, 100.0, 1, :a, 1.0, 255, true, 'hi there', false, :==,
# CHECK-NEXT:       3.14159, true], [""],
# CHECK-NEXT:      [
# CHECK-NEXT:        c: 'hi there',
# CHECK-NEXT:        a: 1180591620717411303424,
# CHECK-NEXT:        b: :==,
# CHECK-NEXT:        value: :a,
# CHECK-NEXT:        f: :b?,
# CHECK-NEXT:        x_y: "a much longer string value to make lines wrap around"
# CHECK-NEXT:      ], %{:id => 0.5, {1} => "hello"}, [ok?: ""],
# CHECK-NEXT:      [0, 1000000, 42, "tab\t", 1.0, :Foo, 'hi', "hello", :==, 'abc', 'abc', "x",
# CHECK-NEXT:       "é", 255], :+,
# CHECK-NEXT:      [b: 1.0e-5, f: 0, x_y: [0, 1], name: :ok, a: "日本", e: 'abc'], []}
# CHECK-NEXT:   ],
# CHECK-NEXT:   [
# CHECK-NEXT:     [f: [b: 'hi there'], ok?: {}, c: {"é", -1, 1, :==, :ok}],
# CHECK-NEXT:     255,
# CHECK-NEXT:     %{
# CHECK-NEXT:       :b => :==,
# CHECK-NEXT:       :id => 'abc',
# CHECK-NEXT:       [:l] => %{},
# CHECK-NEXT:       "s" => %{
# CHECK-NEXT:         1 => 1000000,
# CHECK-NEXT:         2 => :Foo,
# CHECK-NEXT:         :a => 1,
# CHECK-NEXT:         :b => -2.25,
# CHECK-NEXT:         :c => 255,
# CHECK-NEXT:         :name => :error,
# CHECK-NEXT:         {1} => 3.14159,
# CHECK-NEXT:         [:l] => 255,
# CHECK-NEXT:         "key two" => "a much longer string value to make lines wrap around",
# CHECK-NEXT:         "s" => [0, 1]
# CHECK-NEXT:       }
# CHECK-NEXT:     },
# CHECK-NEXT:     'abc'
# CHECK-NEXT:   ],
# CHECK-NEXT:   {},
# CHECK-NEXT:   {'abc', {}},
# CHECK-NEXT:   "a much longer string value to make lines wrap around",
# CHECK-NEXT:   [true, 255, "é"],
# CHECK-NEXT:   {{\{\{}}}, {'abc'}, 1180591620717411303424, [0, 1],
# CHECK-NEXT:    %{
# CHECK-NEXT:      :a => [ok?: 3.14159, f: "with \"quote\"", c: 1.0],
# CHECK-NEXT:      :c => [
# CHECK-NEXT:        a: "日本",
# CHECK-NEXT:        items: :error,
# CHECK-NEXT:        e: 'abc',
# CHECK-NEXT:        c: "a much longer string value to make lines wrap around",
# CHECK-NEXT:        f: :+
# CHECK-NEXT:      ],
# CHECK-NEXT:      {1} => 'hi there',
# CHECK-NEXT:      [:l] => 'hi there',
# CHECK-NEXT:      "key two" => [-1, "日本", :ok, :Foo],
# CHECK-NEXT:      "s" => {'hi'}
# CHECK-NEXT:    }},
# CHECK-NEXT:   [
# CHECK-NEXT:     [
# CHECK-NEXT:       a: [ok?: 1180591620717411303424, name: :==, e: 1000000, f: 'abc'],
# CHECK-NEXT:       d: [:error, 1.0, :a],
# CHECK-NEXT:       b: %{
# CHECK-NEXT:         1 => "a much longer string value to make lines wrap around",
# CHECK-NEXT:         2 => "hello",
# CHECK-NEXT:         :id => 1.0e-5,
# CHECK-NEXT:         {1} => 100.0,
# CHECK-NEXT:         "s" => 1180591620717411303424
# CHECK-NEXT:       },
# CHECK-NEXT:       name: 1,
# CHECK-NEXT:       f: [255, Foo.Bar],
# CHECK-NEXT:       e: [
# CHECK-NEXT:         "",
# CHECK-NEXT:         [0, 1],
# CHECK-NEXT:         1180591620717411303424,
# CHECK-NEXT:         :ok,
# CHECK-NEXT:         "hello",
# CHECK-NEXT:         [],
# CHECK-NEXT:         1.0e20,
# CHECK-NEXT:         "tab\t",
# CHECK-NEXT:         Foo.Bar,
# CHECK-NEXT:         "hello"
# CHECK-NEXT:       ],
# CHECK-NEXT:       value: {:a},
# CHECK-NEXT:       ok?: %{},
# CHECK-NEXT:       c: [
# CHECK-NEXT:         ok?: "x",
# CHECK-NEXT:         b: -2.25,
# CHECK-NEXT:         c: :"with space",
# CHECK-NEXT:         value: "",
# CHECK-NEXT:         a: 0.5,
# CHECK-NEXT:         items: "日本",
# CHECK-NEXT:         name: :error,
# CHECK-NEXT:         e: "with \"quote\""
# CHECK-NEXT:       ],
# CHECK-NEXT:       items: [],
# CHECK-NEXT:       x_y: "a much longer string value to make lines wrap around"
# CHECK-NEXT:     ]
# CHECK-NEXT:   ],
# CHECK-NEXT:   [
# CHECK-NEXT:     f: [
# CHECK-NEXT:       x_y: {true, :==, 'hi there'},
# CHECK-NEXT:       a: [b: 1, x_y: 0, d: "hello", value: -2.25, ok?: :error],
# CHECK-NEXT:       name: "x",
# CHECK-NEXT:       c: %{b: 0.5, c: 1000000, id: "", name: 'hi there'},
# CHECK-NEXT:       value: 'abc'
# CHECK-NEXT:     ]
# CHECK-NEXT:   ],
# CHECK-NEXT:   100.0,
# CHECK-NEXT:   [
# CHECK-NEXT:     [
# CHECK-NEXT:       ok?: "x",
# CHECK-NEXT:       e: %{},
# CHECK-NEXT:       f: 1..5,
# CHECK-NEXT:       a: 1.0e-5,
# CHECK-NEXT:       x_y: [e: 255, f: "日本", name: 0.5],
# CHECK-NEXT:       value: 255,
# CHECK-NEXT:       b: {{\[\[}}0, 1], :"9x", nil],
# CHECK-NEXT:       name: [],
# CHECK-NEXT:       items: [],
# CHECK-NEXT:       c: {3.14159, 1.0}
# CHECK-NEXT:     ]
# CHECK-NEXT:   ]
# CHECK-NEXT: ]
# CHECK-NEXT: {{\[\[}}[d: %{a: 100.0, id: 1.0e20}, ok?: [name: 'hi', c: 1.0], c: "with \"quote\"", a: 42, f: %{1 => 42, :a => 0, :name => [], "key two" => "hello", "s" => 3.14159}, b: 1.0e20, x_y: :b?, items: 'hi there', name: "x", value: 'hi', e: {}], 'hi'], [d: :"9x", e: {:b?, [1180591620717411303424, 'hi', 1, -2.25], {"", [0, 1]}, %{2 => 1180591620717411303424, :a => :"with space", :b => 'hi there', :id => "日本", :name => 0, {1} => 'hi there', "key two" => "hello", "s" => 1000000}, [100.0, 0, "é"]}, items: [-1, [items: -17]], x_y: -17, ok?: {}, value: {{\{\{}}}, [items: [], c: 'hi', a: nil, value: [0, 1]]}, f: 42, c: []], [d: [ok?: "é"], x_y: {'hi'}], {{\[\[}}0, 1], %{}, [{:+, "", 'abc', [0, 1], "tab\t"}], [1180591620717411303424], {"x", "a much longer string value to make lines wrap around", nil, [1.0], -17, ['abc', :ok, -17, 100.0, 1, :a, 1.0, 255, true, 'hi there', false, :==, 3.14159, true], [""], [c: 'hi there', a: 1180591620717411303424, b: :==, value: :a, f: :b?, x_y: "a much longer string value to make lines wrap around"], %{:id => 0.5, {1} => "hello"}, [ok?: ""], [0, 1000000, 42, "tab\t", 1.0, :Foo, 'hi', "hello", :==, 'abc', 'abc', "x", "é", 255], :+, [b: 1.0e-5, f: 0, x_y: [0, 1], name: :ok, a: "日本", e: 'abc'], []}], {{\[\[}}f: [b: 'hi there'], ok?: {}, c: {"é", -1, 1, :==, :ok}], 255, %{:b => :==, :id => 'abc', [:l] => %{}, "s" => %{1 => 1000000, 2 => :Foo, :a => 1, :b => -2.25, :c => 255, :name => :error, {1} => 3.14159, [:l] => 255, "key two" => "a much longer string value to make lines wrap around", "s" => [0, 1]}}, 'abc'], {}, {'abc', {}}, "a much longer string value to make lines wrap around", [true, 255, "é"], {{\{\{}}}, {'abc'}, 1180591620717411303424, [0, 1], %{:a => [ok?: 3.14159, f: "with \"quote\"", c: 1.0], :c => [a: "日本", items: :error, e: 'abc', c: "a much longer string value to make lines wrap around", f: :+], {1} => 'hi there', [:l] => 'hi there', "key two" => [-1, "日本", :ok, :Foo], "s" => {'hi'}}}, {{\[\[}}a: [ok?: 1180591620717411303424, name: :==, e: 1000000, f: 'abc'], d: [:error, 1.0, :a], b: %{1 => "a much longer string value to make lines wrap around", 2 => "hello", :id => 1.0e-5, {1} => 100.0, "s" => 1180591620717411303424}, name: 1, f: [255, Foo.Bar], e: ["", [0, 1], 1180591620717411303424, :ok, "hello", [], 1.0e20, "tab\t", Foo.Bar, "hello"], value: {:a}, ok?: %{}, c: [ok?: "x", b: -2.25, c: :"with space", value: "", a: 0.5, items: "日本", name: :error, e: "with \"quote\""], items: [], x_y: "a much longer string value to make lines wrap around"]], [f: [x_y: {true, :==, 'hi there'}, a: [b: 1, x_y: 0, d: "hello", value: -2.25, ok?: :error], name: "x", c: %{b: 0.5, c: 1000000, id: "", name: 'hi there'}, value: 'abc']], 100.0, {{\[\[}}ok?: "x", e: %{}, f: 1..5, a: 1.0e-5, x_y: [e: 255, f: "日本", name: 0.5], value: 255, b: {{\[\[}}0, 1], :"9x", nil], name: [], items: [], c: {3.14159, 1.0}]]]
# CHECK-NEXT: l52: [
# CHECK-NEXT:   [
# CHECK-NEXT:     [
# CHECK-NEXT:       d: %{a: 100.0, id: 1.0e20},
# CHECK-NEXT:       ok?: [name: [104, 105], c: 1.0],
# CHECK-NEXT:       c: "with \"quote\"",
# CHECK-NEXT:       a: 42,
# CHECK-NEXT:       f: %{1 => 42, :a => 0, :name => [], "key two" => "hello", "s" => 3.14159},
# CHECK-NEXT:       b: 1.0e20,
# CHECK-NEXT:       x_y: :b?,
# CHECK-NEXT:       items: [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:       name: "x",
# CHECK-NEXT:       value: [104, 105],
# CHECK-NEXT:       e: {}
# CHECK-NEXT:     ],
# CHECK-NEXT:     [104, 105]
# CHECK-NEXT:   ],
# CHECK-NEXT:   [
# CHECK-NEXT:     d: :"9x",
# CHECK-NEXT:     e: {:b?, [1180591620717411303424, [104, 105], 1, -2.25], {"", [0, 1]},
# CHECK-NEXT:      %{
# CHECK-NEXT:        2 => 1180591620717411303424,
# CHECK-NEXT:        :a => :"with space",
# CHECK-NEXT:        :b => [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:        :id => "日本",
# CHECK-NEXT:        :name => 0,
# CHECK-NEXT:        {1} => [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:        "key two" => "hello",
# CHECK-NEXT:        "s" => 1000000
# CHECK-NEXT:      }, [100.0, 0, "é"]},
# CHECK-NEXT:     items: [-1, [items: -17]],
# CHECK-NEXT:     x_y: -17,
# CHECK-NEXT:     ok?: {},
# CHECK-NEXT:     value: {{\{\{}}}, [items: [], c: [104, 105], a: nil, value: [0, 1]]},
# CHECK-NEXT:     f: 42,
# CHECK-NEXT:     c: []
# CHECK-NEXT:   ],
# CHECK-NEXT:   [d: [ok?: "é"], x_y: {[104, 105]}],
# CHECK-NEXT:   [
# CHECK-NEXT:     [0, 1],
# CHECK-NEXT:     %{},
# CHECK-NEXT:     [{:+, "", [97, 98, 99], [0, 1], "tab\t"}],
# CHECK-NEXT:     [1180591620717411303424],
# CHECK-NEXT:     {"x", "a much longer string value to make lines wrap around", nil, [1.0],
# CHECK-NEXT:      -17,
# CHECK-NEXT:      [
# CHECK-NEXT:        [97, 98, 99],
# CHECK-NEXT:        :ok,
# CHECK-NEXT:        -17,
# CHECK-NEXT:        100.0,
# CHECK-NEXT:        1,
# CHECK-NEXT:        :a,
# CHECK-NEXT:        1.0,
# CHECK-NEXT:        255,
# CHECK-NEXT:        true,
# CHECK-NEXT:        [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:        false,
# CHECK-NEXT:        :==,
# CHECK-NEXT:        3.14159,
# CHECK-NEXT:        true
# CHECK-NEXT:      ], [""],
# CHECK-NEXT:      [
# CHECK-NEXT:        c: [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:        a: 1180591620717411303424,
# CHECK-NEXT:        b: :==,
# CHECK-NEXT:        value: :a,
# CHECK-NEXT:        f: :b?,
# CHECK-NEXT:        x_y: "a much longer string value to make lines wrap around"
# CHECK-NEXT:      ], %{:id => 0.5, {1} => "hello"}, [ok?: ""],
# CHECK-NEXT:      [
# CHECK-NEXT:        0,
# CHECK-NEXT:        1000000,
# CHECK-NEXT:        42,
# CHECK-NEXT:        "tab\t",
# CHECK-NEXT:        1.0,
# CHECK-NEXT:        :Foo,
# CHECK-NEXT:        [104, 105],
# CHECK-NEXT:        "hello",
# CHECK-NEXT:        :==,
# CHECK-NEXT:        [97, 98, 99],
# CHECK-NEXT:        [97, 98, 99],
# CHECK-NEXT:        "x",
# CHECK-NEXT:        "é",
# CHECK-NEXT:        255
# CHECK-NEXT:      ], :+,
# CHECK-NEXT:      [b: 1.0e-5, f: 0, x_y: [0, 1], name: :ok, a: "日本", e: [97, 98, 99]],
# CHECK-NEXT:      []}
# CHECK-NEXT:   ],
# CHECK-NEXT:   [
# CHECK-NEXT:     [
# CHECK-NEXT:       f: [b: [104, 105, 32, 116, 104, 101, 114, 101]],
# CHECK-NEXT:       ok?: {},
# CHECK-NEXT:       c: {"é", -1, 1, :==, :ok}
# CHECK-NEXT:     ],
# CHECK-NEXT:     255,
# CHECK-NEXT:     %{
# CHECK-NEXT:       :b => :==,
# CHECK-NEXT:       :id => [97, 98, 99],
# CHECK-NEXT:       [:l] => %{},
# CHECK-NEXT:       "s" => %{
# CHECK-NEXT:         1 => 1000000,
# CHECK-NEXT:         2 => :Foo,
# CHECK-NEXT:         :a => 1,
# CHECK-NEXT:         :b => -2.25,
# CHECK-NEXT:         :c => 255,
# CHECK-NEXT:         :name => :error,
# CHECK-NEXT:         {1} => 3.14159,
# CHECK-NEXT:         [:l] => 255,
# CHECK-NEXT:         "key two" => "a much longer string value to make lines wrap around",
# CHECK-NEXT:         "s" => [0, 1]
# CHECK-NEXT:       }
# CHECK-NEXT:     },
# CHECK-NEXT:     [97, 98, 99]
# CHECK-NEXT:   ],
# CHECK-NEXT:   {},
# CHECK-NEXT:   {[97, 98, 99], {}},
# CHECK-NEXT:   "a much longer string value to make lines wrap around",
# CHECK-NEXT:   [true, 255, "é"],
# CHECK-NEXT:   {{\{\{}}}, {[97, 98, 99]}, 1180591620717411303424, [0, 1],
# CHECK-NEXT:    %{
# CHECK-NEXT:      :a => [ok?: 3.14159, f: "with \"quote\"", c: 1.0],
# CHECK-NEXT:      :c => [
# CHECK-NEXT:        a: "日本",
# CHECK-NEXT:        items: :error,
# CHECK-NEXT:        e: [97, 98, 99],
# CHECK-NEXT:        c: "a much longer string value to make lines wrap around",
# CHECK-NEXT:        f: :+
# CHECK-NEXT:      ],
# CHECK-NEXT:      {1} => [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:      [:l] => [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:      "key two" => [-1, "日本", :ok, :Foo],
# CHECK-NEXT:      "s" => {[104, 105]}
# CHECK-NEXT:    }},
# CHECK-NEXT:   [
# CHECK-NEXT:     [
# CHECK-NEXT:       a: [ok?: 1180591620717411303424, name: :==, e: 1000000, f: [97, 98, 99]],
# CHECK-NEXT:       d: [:error, 1.0, :a],
# CHECK-NEXT:       b: %{
# CHECK-NEXT:         1 => "a much longer string value to make lines wrap around",
# CHECK-NEXT:         2 => "hello",
# CHECK-NEXT:         :id => 1.0e-5,
# CHECK-NEXT:         {1} => 100.0,
# CHECK-NEXT:         "s" => 1180591620717411303424
# CHECK-NEXT:       },
# CHECK-NEXT:       name: 1,
# CHECK-NEXT:       f: [255, Foo.Bar],
# CHECK-NEXT:       e: [
# CHECK-NEXT:         "",
# CHECK-NEXT:         [0, 1],
# CHECK-NEXT:         1180591620717411303424,
# CHECK-NEXT:         :ok,
# CHECK-NEXT:         "hello",
# CHECK-NEXT:         [],
# CHECK-NEXT:         1.0e20,
# CHECK-NEXT:         "tab\t",
# CHECK-NEXT:         Foo.Bar,
# CHECK-NEXT:         "hello"
# CHECK-NEXT:       ],
# CHECK-NEXT:       value: {:a},
# CHECK-NEXT:       ok?: %{},
# CHECK-NEXT:       c: [
# CHECK-NEXT:         ok?: "x",
# CHECK-NEXT:         b: -2.25,
# CHECK-NEXT:         c: :"with space",
# CHECK-NEXT:         value: "",
# CHECK-NEXT:         a: 0.5,
# CHECK-NEXT:         items: "日本",
# CHECK-NEXT:         name: :error,
# CHECK-NEXT:         e: "with \"quote\""
# CHECK-NEXT:       ],
# CHECK-NEXT:       items: [],
# CHECK-NEXT:       x_y: "a much longer string value to make lines wrap around"
# CHECK-NEXT:     ]
# CHECK-NEXT:   ],
# CHECK-NEXT:   [
# CHECK-NEXT:     f: [
# CHECK-NEXT:       x_y: {true, :==, [104, 105, 32, 116, 104, 101, 114, 101]},
# CHECK-NEXT:       a: [b: 1, x_y: 0, d: "hello", value: -2.25, ok?: :error],
# CHECK-NEXT:       name: "x",
# CHECK-NEXT:       c: %{
# CHECK-NEXT:         b: 0.5,
# CHECK-NEXT:         c: 1000000,
# CHECK-NEXT:         id: "",
# CHECK-NEXT:         name: [104, 105, 32, 116, 104, 101, 114, 101]
# CHECK-NEXT:       },
# CHECK-NEXT:       value: [97, 98, 99]
# CHECK-NEXT:     ]
# CHECK-NEXT:   ],
# CHECK-NEXT:   100.0,
# CHECK-NEXT:   [
# CHECK-NEXT:     [
# CHECK-NEXT:       ok?: "x",
# CHECK-NEXT:       e: %{},
# CHECK-NEXT:       f: 1..5,
# CHECK-NEXT:       a: 1.0e-5,
# CHECK-NEXT:       x_y: [e: 255, f: "日本", name: 0.5],
# CHECK-NEXT:       value: 255,
# CHECK-NEXT:       b: {{\[\[}}0, 1], :"9x", nil],
# CHECK-NEXT:       name: [],
# CHECK-NEXT:       items: [],
# CHECK-NEXT:       c: {3.14159, 1.0}
# CHECK-NEXT:     ]
# CHECK-NEXT:   ]
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   [name: :+],
# CHECK-NEXT:   255,
# CHECK-NEXT:   %{
# CHECK-NEXT:     2 => [],
# CHECK-NEXT:     :id => [value: 0.5, d: [1000000, ['hi', 0.5]], c: -17, x_y: 'hi'],
# CHECK-NEXT:     "s" => {{\{\{}}[:+], [], {255, -1, "é"}, [], 0, [], [c: [0, 1]], {}, [], [],
# CHECK-NEXT:       [
# CHECK-NEXT:         b: 100.0,
# CHECK-NEXT:         c: :error,
# CHECK-NEXT:         e: 'hi there',
# CHECK-NEXT:         a: :"with space",
# CHECK-NEXT:         name: 1.0e-5,
# CHECK-NEXT:         d: "",
# CHECK-NEXT:         x_y: nil,
# CHECK-NEXT:         ok?: 255,
# CHECK-NEXT:         value: -1,
# CHECK-NEXT:         f: 0,
# CHECK-NEXT:         items: 1.0
# CHECK-NEXT:       ], "with \"quote\""}, "with \"quote\"",
# CHECK-NEXT:      [
# CHECK-NEXT:        [ok?: 255, name: "with \"quote\""],
# CHECK-NEXT:        -1,
# CHECK-NEXT:        {:b?, "a much longer string value to make lines wrap around", 42, 1,
# CHECK-NEXT:         'abc', false},
# CHECK-NEXT:        1.0e-5,
# CHECK-NEXT:        {nil},
# CHECK-NEXT:        -17,
# CHECK-NEXT:        [Foo.Bar, [], 'abc', false],
# CHECK-NEXT:        {'hi there', true, -2.25, [0, 1]},
# CHECK-NEXT:        1,
# CHECK-NEXT:        255,
# CHECK-NEXT:        {3.14159, 0.5, -2.25},
# CHECK-NEXT:        [name: 1180591620717411303424, a: nil, x_y: 1180591620717411303424],
# CHECK-NEXT:        "a much longer string value to make lines wrap around",
# CHECK-NEXT:        [0.5, 'hi there']
# CHECK-NEXT:      ],
# CHECK-NEXT:      {{\{\{}}1.0, -17, "日本", -17, 'abc', [0, 1], 3.14159, 0, "tab\t",
# CHECK-NEXT:        "a much longer string value to make lines wrap around", 'abc'},
# CHECK-NEXT:       {255, 'abc', 42, :"with space"},
# CHECK-NEXT:       [1000000, -1, 'hi', 0.5, true, 'hi there', "", 1000000,
# CHECK-NEXT:        1180591620717411303424], {}, :b?, :"9x",
# CHECK-NEXT:       {[], 100.0, 'hi there', -1, true,
# CHECK-NEXT:        "a much longer string value to make lines wrap around", false, -1}}}
# CHECK-NEXT:   },
# CHECK-NEXT:   255
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   [name: :+],
# CHECK-NEXT:   255,
# CHECK-NEXT:   %{
# CHECK-NEXT:     2 => [],
# CHECK-NEXT:     :id => [value: 0.5, d: [1000000, ['hi', 0.5]], c: -17, x_y: 'hi'],
# CHECK-NEXT:     "s" => {{\{\{}}[:+], [], {255, -1, "é"}, [], 0, [], [c: [0, 1]], {}, [], [],
# CHECK-NEXT:       [
# CHECK-NEXT:         b: 100.0,
# CHECK-NEXT:         c: :error,
# CHECK-NEXT:         e: 'hi there',
# CHECK-NEXT:         a: :"with space",
# CHECK-NEXT:         name: 1.0e-5,
# CHECK-NEXT:         d: "",
# CHECK-NEXT:         x_y: nil,
# CHECK-NEXT:         ok?: 255,
# CHECK-NEXT:         value: -1,
# CHECK-NEXT:         f: 0,
# CHECK-NEXT:         items: 1.0
# CHECK-NEXT:       ], "with \"quote\""}, "with \"quote\"",
# CHECK-NEXT:      [
# CHECK-NEXT:        [ok?: 255, name: "with \"quote\""],
# CHECK-NEXT:        -1,
# CHECK-NEXT:        {:b?, "a much longer string value to make lines wrap around", 42, 1,
# CHECK-NEXT:         'abc', false},
# CHECK-NEXT:        1.0e-5,
# CHECK-NEXT:        {nil},
# CHECK-NEXT:        -17,
# CHECK-NEXT:        [Foo.Bar, [], 'abc', false],
# CHECK-NEXT:        {'hi there', true, -2.25, [0, 1]},
# CHECK-NEXT:        1,
# CHECK-NEXT:        255,
# CHECK-NEXT:        {3.14159, 0.5, -2.25},
# CHECK-NEXT:        [name: 1180591620717411303424, a: nil, x_y: 1180591620717411303424],
# CHECK-NEXT:        "a much longer string value to make lines wrap around",
# CHECK-NEXT:        [0.5, 'hi there']
# CHECK-NEXT:      ],
# CHECK-NEXT:      {{\{\{}}1.0, -17, "日本", -17, 'abc', [0, 1], 3.14159, 0, "tab\t",
# CHECK-NEXT:        "a much longer string value to make lines wrap around", 'abc'},
# CHECK-NEXT:       {255, 'abc', 42, :"with space"},
# CHECK-NEXT:       [1000000, -1, 'hi', 0.5, true, 'hi there', "", 1000000,
# CHECK-NEXT:        1180591620717411303424], {}, :b?, :"9x",
# CHECK-NEXT:       {[], 100.0, 'hi there', -1, true,
# CHECK-NEXT:        "a much longer string value to make lines wrap around", false, -1}}}
# CHECK-NEXT:   },
# CHECK-NEXT:   255
# CHECK-NEXT: ]
# CHECK-NEXT: {{\[\[}}name: :+], 255, %{2 => [], :id => [value: 0.5, d: [1000000, ['hi', 0.5]], c: -17, x_y: 'hi'], "s" => {{\{\{}}[:+], [], {255, -1, "é"}, [], 0, [], [c: [0, 1]], {}, [], [], [b: 100.0, c: :error, e: 'hi there', a: :"with space", name: 1.0e-5, d: "", x_y: nil, ok?: 255, value: -1, f: 0, items: 1.0], "with \"quote\""}, "with \"quote\"", {{\[\[}}ok?: 255, name: "with \"quote\""], -1, {:b?, "a much longer string value to make lines wrap around", 42, 1, 'abc', false}, 1.0e-5, {nil}, -17, [Foo.Bar, [], 'abc', false], {'hi there', true, -2.25, [0, 1]}, 1, 255, {3.14159, 0.5, -2.25}, [name: 1180591620717411303424, a: nil, x_y: 1180591620717411303424], "a much longer string value to make lines wrap around", [0.5, 'hi there']], {{\{\{}}1.0, -17, "日本", -17, 'abc', [0, 1], 3.14159, 0, "tab\t", "a much longer string value to make lines wrap around", 'abc'}, {255, 'abc', 42, :"with space"}, [1000000, -1, 'hi', 0.5, true, 'hi there', "", 1000000, 1180591620717411303424], {}, :b?, :"9x", {[], 100.0, 'hi there', -1, true, "a much longer string value to make lines wrap around", false, -1}}}}, 255]
# CHECK-NEXT: l53: [
# CHECK-NEXT:   [name: :+],
# CHECK-NEXT:   255,
# CHECK-NEXT:   %{
# CHECK-NEXT:     2 => [],
# CHECK-NEXT:     :id => [
# CHECK-NEXT:       value: 0.5,
# CHECK-NEXT:       d: [1000000, {{\[\[}}104, 105], 0.5]],
# CHECK-NEXT:       c: -17,
# CHECK-NEXT:       x_y: [104, 105]
# CHECK-NEXT:     ],
# CHECK-NEXT:     "s" => {{\{\{}}[:+], [], {255, -1, "é"}, [], 0, [], [c: [0, 1]], {}, [], [],
# CHECK-NEXT:       [
# CHECK-NEXT:         b: 100.0,
# CHECK-NEXT:         c: :error,
# CHECK-NEXT:         e: [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:         a: :"with space",
# CHECK-NEXT:         name: 1.0e-5,
# CHECK-NEXT:         d: "",
# CHECK-NEXT:         x_y: nil,
# CHECK-NEXT:         ok?: 255,
# CHECK-NEXT:         value: -1,
# CHECK-NEXT:         f: 0,
# CHECK-NEXT:         items: 1.0
# CHECK-NEXT:       ], "with \"quote\""}, "with \"quote\"",
# CHECK-NEXT:      [
# CHECK-NEXT:        [ok?: 255, name: "with \"quote\""],
# CHECK-NEXT:        -1,
# CHECK-NEXT:        {:b?, "a much longer string value to make lines wrap around", 42, 1,
# CHECK-NEXT:         [97, 98, 99], false},
# CHECK-NEXT:        1.0e-5,
# CHECK-NEXT:        {nil},
# CHECK-NEXT:        -17,
# CHECK-NEXT:        [Foo.Bar, [], [97, 98, 99], false],
# CHECK-NEXT:        {[104, 105, 32, 116, 104, 101, 114, 101], true, -2.25, [0, 1]},
# CHECK-NEXT:        1,
# CHECK-NEXT:        255,
# CHECK-NEXT:        {3.14159, 0.5, -2.25},
# CHECK-NEXT:        [name: 1180591620717411303424, a: nil, x_y: 1180591620717411303424],
# CHECK-NEXT:        "a much longer string value to make lines wrap around",
# CHECK-NEXT:        [0.5, [104, 105, 32, 116, 104, 101, 114, 101]]
# CHECK-NEXT:      ],
# CHECK-NEXT:      {{\{\{}}1.0, -17, "日本", -17, [97, 98, 99], [0, 1], 3.14159, 0, "tab\t",
# CHECK-NEXT:        "a much longer string value to make lines wrap around", [97, 98, 99]},
# CHECK-NEXT:       {255, [97, 98, 99], 42, :"with space"},
# CHECK-NEXT:       [
# CHECK-NEXT:         1000000,
# CHECK-NEXT:         -1,
# CHECK-NEXT:         [104, 105],
# CHECK-NEXT:         0.5,
# CHECK-NEXT:         true,
# CHECK-NEXT:         [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:         "",
# CHECK-NEXT:         1000000,
# CHECK-NEXT:         1180591620717411303424
# CHECK-NEXT:       ], {}, :b?, :"9x",
# CHECK-NEXT:       {[], 100.0, [104, 105, 32, 116, 104, 101, 114, 101], -1, true,
# CHECK-NEXT:        "a much longer string value to make lines wrap around", false, -1}}}
# CHECK-NEXT:   },
# CHECK-NEXT:   255
# CHECK-NEXT: ]
# CHECK-NEXT: {{\[\[}}], "", 'abc', :Foo, :b?, "", 0, 42, 'hi', :+, -1]
# CHECK-NEXT: {{\[\[}}], "", 'abc',
# CHECK-NEXT:  :Foo, :b?, ...]
# CHECK-NEXT: {{\[\[}}], "", 'abc', :Foo, :b?, "", 0, 42, 'hi', :+, -1]
# CHECK-NEXT: l54: {{\[\[}}], "", [97, 98, 99], :Foo, :b?, "", 0, 42, [104, 105], :+, -1]
# CHECK-NEXT: {}
# CHECK-NEXT: {}
# CHECK-NEXT: {}
# CHECK-NEXT: l55: {}
# CHECK-NEXT: {'hi there', [], "tab\t"}
# CHECK-NEXT: {'hi there', [], "tab\t"}
# CHECK-NEXT: {'hi there', [], "tab\t"}
# CHECK-NEXT: l56: {[104, 105, 32, 116, 104, 101, 114, 101], [], "tab\t"}
# CHECK-NEXT: %{
# CHECK-NEXT:   2 => {[
# CHECK-NEXT:      {{\[\[}}:ok, 1.0e20, 1.0e-5, 1, 'hi', 1, :"with space", :+, 100.0], Foo.Bar],
# CHECK-NEXT:      "tab\t",
# CHECK-NEXT:      1.0,
# CHECK-NEXT:      {[], "", {0}, {42}, [Foo.Bar, 'hi'], [x_y: 1.0e-5, name: 1.0, d: true]}
# CHECK-NEXT:    ]},
# CHECK-NEXT:   :b => {[
# CHECK-NEXT:      e: [],
# CHECK-NEXT:      name: %{
# CHECK-NEXT:        :id => :Foo,
# CHECK-NEXT:        [:l] => :error,
# CHECK-NEXT:        "s" => [3.14159, 1.0e20, 255, 'hi there', :ok]
# CHECK-NEXT:      },
# CHECK-NEXT:      f: 100.0,
# CHECK-NEXT:      d: {3.14159, ['hi', 255]},
# CHECK-NEXT:      a: [],
# CHECK-NEXT:      value: 1..10//2
# CHECK-NEXT:    ],
# CHECK-NEXT:    [
# CHECK-NEXT:      name: [name: 1..10//2],
# CHECK-NEXT:      value: [1],
# CHECK-NEXT:      ok?: [x_y: [1, [0, 1]]],
# CHECK-NEXT:      items: 1.0e-5,
# CHECK-NEXT:      a: {:==, []},
# CHECK-NEXT:      d: :==,
# CHECK-NEXT:      b: 'hi there',
# CHECK-NEXT:      e: %{
# CHECK-NEXT:        1 => [name: "tab\t", value: [], x_y: "with \"quote\"", d: -2.25, f: -1],
# CHECK-NEXT:        :a => [:error, 1.0e20, 1.0e-5],
# CHECK-NEXT:        :b => [b: false, x_y: 255, e: "tab\t"],
# CHECK-NEXT:        :name => [],
# CHECK-NEXT:        "s" => {1000000, "hello"}
# CHECK-NEXT:      },
# CHECK-NEXT:      x_y: [
# CHECK-NEXT:        [
# CHECK-NEXT:          -1,
# CHECK-NEXT:          "hello",
# CHECK-NEXT:          1.0e-5,
# CHECK-NEXT:          :"with space",
# CHECK-NEXT:          0.5,
# CHECK-NEXT:          :b?,
# CHECK-NEXT:          [],
# CHECK-NEXT:          1.0e20,
# CHECK-NEXT:          [0, 1],
# CHECK-NEXT:          "a much longer string value to make lines wrap around"
# CHECK-NEXT:        ],
# CHECK-NEXT:        {[]},
# CHECK-NEXT:        [0],
# CHECK-NEXT:        {-17, -1},
# CHECK-NEXT:        42,
# CHECK-NEXT:        [],
# CHECK-NEXT:        "日本",
# CHECK-NEXT:        "é",
# CHECK-NEXT:        -17
# CHECK-NEXT:      ],
# CHECK-NEXT:      c: [
# CHECK-NEXT:        ["a much longer string value to make lines wrap around", 'hi',
# CHECK-NEXT:         "a much longer string value to make lines wrap around", 1.0e-5, 255],
# CHECK-NEXT:        [0],
# CHECK-NEXT:        'hi there'
# CHECK-NEXT:      ],
# CHECK-NEXT:      f: {[value: 1.0e20, ok?: 'hi there'], 0.5, {0}}
# CHECK-NEXT:    ],
# CHECK-NEXT:    %{
# CHECK-NEXT:      2 => [ok?: [0.5, 42, "", 1000000], a: 0],
# CHECK-NEXT:      :b => 1180591620717411303424,
# CHECK-NEXT:      :name => {},
# CHECK-NEXT:      "s" => []
# CHECK-NEXT:    },
# CHECK-NEXT:    [
# CHECK-NEXT:      %{
# CHECK-NEXT:        2 => [x_y: :Foo],
# CHECK-NEXT:        :id => [
# CHECK-NEXT:          x_y: 'hi',
# CHECK-NEXT:          value: :"with space",
# CHECK-NEXT:          name: -17,
# CHECK-NEXT:          d: "with \"quote\"",
# CHECK-NEXT:          items: nil
# CHECK-NEXT:        ],
# CHECK-NEXT:        {1} => [
# CHECK-NEXT:          e: -2.25,
# CHECK-NEXT:          ok?: 3.14159,
# CHECK-NEXT:          items: "with \"quote\"",
# CHECK-NEXT:          name: 'hi',
# CHECK-NEXT:          b: "with \"quote\"",
# CHECK-NEXT:          x_y: nil,
# CHECK-NEXT:          value: 'hi',
# CHECK-NEXT:          c: :"with space"
# CHECK-NEXT:        ]
# CHECK-NEXT:      }
# CHECK-NEXT:    ], 'hi there'},
# CHECK-NEXT:   :name => [
# CHECK-NEXT:     {false, {[1180591620717411303424, 1], :ok, {}},
# CHECK-NEXT:      [
# CHECK-NEXT:        :b?,
# CHECK-NEXT:        [0, 1],
# CHECK-NEXT:        %{
# CHECK-NEXT:          1 => 1.0,
# CHECK-NEXT:          2 => "with \"quote\"",
# CHECK-NEXT:          :a => "with \"quote\"",
# CHECK-NEXT:          :b => 1.0,
# CHECK-NEXT:          :c => 1180591620717411303424,
# CHECK-NEXT:          :id => :+,
# CHECK-NEXT:          :name => [],
# CHECK-NEXT:          {1} => "tab\t",
# CHECK-NEXT:          [:l] => -1,
# CHECK-NEXT:          "key two" => "",
# CHECK-NEXT:          "s" => 42
# CHECK-NEXT:        },
# CHECK-NEXT:        0.5,
# CHECK-NEXT:        []
# CHECK-NEXT:      ], 42}
# CHECK-NEXT:   ],
# CHECK-NEXT:   [:l] => %{},
# CHECK-NEXT:   "key two" => [
# CHECK-NEXT:     {'hi',
# CHECK-NEXT:      [
# CHECK-NEXT:        value: [a: :a],
# CHECK-NEXT:        a: [
# CHECK-NEXT:          b: "hello",
# CHECK-NEXT:          d: 'hi there',
# CHECK-NEXT:          ok?: 42,
# CHECK-NEXT:          c: "é",
# CHECK-NEXT:          e: "x",
# CHECK-NEXT:          a: "with \"quote\"",
# CHECK-NEXT:          value: "with \"quote\"",
# CHECK-NEXT:          items: 1180591620717411303424
# CHECK-NEXT:        ]
# CHECK-NEXT:      ], {{\[\[}}-17, nil, []]], [%{name: 1180591620717411303424}, 255, 1..10//2]},
# CHECK-NEXT:     %{
# CHECK-NEXT:       :a => "tab\t",
# CHECK-NEXT:       :id => [0, 1],
# CHECK-NEXT:       [:l] => 0,
# CHECK-NEXT:       "key two" => {["hello", 1.0],
# CHECK-NEXT:        %{
# CHECK-NEXT:          2 => [0, 1],
# CHECK-NEXT:          :a => [],
# CHECK-NEXT:          :b => -1,
# CHECK-NEXT:          :c => -1,
# CHECK-NEXT:          :id => "x",
# CHECK-NEXT:          :name => 3.14159,
# CHECK-NEXT:          {1} => [0, 1],
# CHECK-NEXT:          [:l] => 1.0,
# CHECK-NEXT:          "key two" => 100.0
# CHECK-NEXT:        }}
# CHECK-NEXT:     }
# CHECK-NEXT:   ]
# CHECK-NEXT: }
# CHECK-NEXT: %{
# CHECK-NEXT:   2 => {[
# CHECK-NEXT:      [
# CHECK-NEXT:        [:ok, 1.0e20, 1.0e-5, 1, 'hi', 1,
# CHECK-NEXT:         :"with space", :+, 100.0],
# CHECK-NEXT:        Foo.Bar
# CHECK-NEXT:      ],
# CHECK-NEXT:      "tab\t",
# CHECK-NEXT:      1.0,
# CHECK-NEXT:      {[], "", {0}, {42},
# CHECK-NEXT:       [Foo.Bar, 'hi'],
# CHECK-NEXT:       [x_y: 1.0e-5, name: 1.0, d: true]}
# CHECK-NEXT:    ]},
# CHECK-NEXT:   :b => {[
# CHECK-NEXT:      e: [],
# CHECK-NEXT:      name: %{
# CHECK-NEXT:        :id => :Foo,
# CHECK-NEXT:        [:l] => :error,
# CHECK-NEXT:        "s" => [3.14159, 1.0e20, 255,
# CHECK-NEXT:         'hi there', :ok]
# CHECK-NEXT:      },
# CHECK-NEXT:      f: 100.0,
# CHECK-NEXT:      d: {3.14159, ['hi', 255]},
# CHECK-NEXT:      a: [],
# CHECK-NEXT:      value: 1..10//2
# CHECK-NEXT:    ],
# CHECK-NEXT:    [
# CHECK-NEXT:      name: [name: 1..10//2],
# CHECK-NEXT:      value: [1],
# CHECK-NEXT:      ok?: [x_y: [1, [0, 1]]],
# CHECK-NEXT:      items: 1.0e-5,
# CHECK-NEXT:      a: {:==, []},
# CHECK-NEXT:      d: :==,
# CHECK-NEXT:      b: 'hi there',
# CHECK-NEXT:      e: %{
# CHECK-NEXT:        1 => [
# CHECK-NEXT:          name: "tab\t",
# CHECK-NEXT:          value: [],
# CHECK-NEXT:          x_y: "with \"quote\"",
# CHECK-NEXT:          d: -2.25,
# CHECK-NEXT:          f: -1
# CHECK-NEXT:        ],
# CHECK-NEXT:        :a => [:error, 1.0e20, 1.0e-5],
# CHECK-NEXT:        :b => [
# CHECK-NEXT:          b: false,
# CHECK-NEXT:          x_y: 255,
# CHECK-NEXT:          e: "tab\t"
# CHECK-NEXT:        ],
# CHECK-NEXT:        :name => [],
# CHECK-NEXT:        "s" => {1000000, "hello"}
# CHECK-NEXT:      },
# CHECK-NEXT:      x_y: [
# CHECK-NEXT:        [
# CHECK-NEXT:          -1,
# CHECK-NEXT:          "hello",
# CHECK-NEXT:          1.0e-5,
# CHECK-NEXT:          :"with space",
# CHECK-NEXT:          0.5,
# CHECK-NEXT:          :b?,
# CHECK-NEXT:          [],
# CHECK-NEXT:          1.0e20,
# CHECK-NEXT:          [0, 1],
# CHECK-NEXT:          "a much longer string value to make lines wrap around"
# CHECK-NEXT:        ],
# CHECK-NEXT:        {[]},
# CHECK-NEXT:        [0],
# CHECK-NEXT:        {-17, -1},
# CHECK-NEXT:        42,
# CHECK-NEXT:        [],
# CHECK-NEXT:        "日本",
# CHECK-NEXT:        "é",
# CHECK-NEXT:        -17
# CHECK-NEXT:      ],
# CHECK-NEXT:      c: [
# CHECK-NEXT:        ["a much longer string value to make lines wrap around",
# CHECK-NEXT:         'hi',
# CHECK-NEXT:         "a much longer string value to make lines wrap around",
# CHECK-NEXT:         1.0e-5, 255],
# CHECK-NEXT:        [0],
# CHECK-NEXT:        'hi there'
# CHECK-NEXT:      ],
# CHECK-NEXT:      f: {[
# CHECK-NEXT:         value: 1.0e20,
# CHECK-NEXT:         ok?: 'hi there'
# CHECK-NEXT:       ], 0.5, {0}}
# CHECK-NEXT:    ],
# CHECK-NEXT:    %{
# CHECK-NEXT:      2 => [
# CHECK-NEXT:        ok?: [0.5, 42, "", 1000000],
# CHECK-NEXT:        a: 0
# CHECK-NEXT:      ],
# CHECK-NEXT:      :b => 1180591620717411303424,
# CHECK-NEXT:      :name => {},
# CHECK-NEXT:      "s" => []
# CHECK-NEXT:    },
# CHECK-NEXT:    [
# CHECK-NEXT:      %{
# CHECK-NEXT:        2 => [x_y: :Foo],
# CHECK-NEXT:        :id => [
# CHECK-NEXT:          x_y: 'hi',
# CHECK-NEXT:          value: :"with space",
# CHECK-NEXT:          name: -17,
# CHECK-NEXT:          d: "with \"quote\"",
# CHECK-NEXT:          items: nil
# CHECK-NEXT:        ],
# CHECK-NEXT:        {1} => [
# CHECK-NEXT:          e: -2.25,
# CHECK-NEXT:          ok?: 3.14159,
# CHECK-NEXT:          items: "with \"quote\"",
# CHECK-NEXT:          name: 'hi',
# CHECK-NEXT:          b: "with \"quote\"",
# CHECK-NEXT:          x_y: nil,
# CHECK-NEXT:          value: 'hi',
# CHECK-NEXT:          c: :"with space"
# CHECK-NEXT:        ]
# CHECK-NEXT:      }
# CHECK-NEXT:    ], 'hi there'},
# CHECK-NEXT:   :name => [
# CHECK-NEXT:     {false,
# CHECK-NEXT:      {[1180591620717411303424, 1], :ok,
# CHECK-NEXT:       {}},
# CHECK-NEXT:      [
# CHECK-NEXT:        :b?,
# CHECK-NEXT:        [0, 1],
# CHECK-NEXT:        %{
# CHECK-NEXT:          1 => 1.0,
# CHECK-NEXT:          2 => "with \"quote\"",
# CHECK-NEXT:          :a => "with \"quote\"",
# CHECK-NEXT:          :b => 1.0,
# CHECK-NEXT:          :c => 1180591620717411303424,
# CHECK-NEXT:          :id => :+,
# CHECK-NEXT:          :name => [],
# CHECK-NEXT:          {1} => "tab\t",
# CHECK-NEXT:          [:l] => -1,
# CHECK-NEXT:          "key two" => "",
# CHECK-NEXT:          "s" => 42
# CHECK-NEXT:        },
# CHECK-NEXT:        0.5,
# CHECK-NEXT:        []
# CHECK-NEXT:      ], 42}
# CHECK-NEXT:   ],
# CHECK-NEXT:   [:l] => %{},
# CHECK-NEXT:   "key two" => [
# CHECK-NEXT:     {'hi',
# CHECK-NEXT:      [
# CHECK-NEXT:        value: [a: :a],
# CHECK-NEXT:        a: [
# CHECK-NEXT:          b: "hello",
# CHECK-NEXT:          d: 'hi there',
# CHECK-NEXT:          ok?: 42,
# CHECK-NEXT:          c: "é",
# CHECK-NEXT:          e: "x",
# CHECK-NEXT:          a: "with \"quote\"",
# CHECK-NEXT:          value: "with \"quote\"",
# CHECK-NEXT:          items: 1180591620717411303424
# CHECK-NEXT:        ]
# CHECK-NEXT:      ], {{\[\[}}-17, nil, []]],
# CHECK-NEXT:      [
# CHECK-NEXT:        %{name: 1180591620717411303424},
# CHECK-NEXT:        255,
# CHECK-NEXT:        1..10//2
# CHECK-NEXT:      ]},
# CHECK-NEXT:     %{
# CHECK-NEXT:       :a => "tab\t",
# CHECK-NEXT:       :id => [0, 1],
# CHECK-NEXT:       [:l] => 0,
# CHECK-NEXT:       "key two" => {["hello", 1.0],
# CHECK-NEXT:        %{
# CHECK-NEXT:          2 => [0, 1],
# CHECK-NEXT:          :a => [],
# CHECK-NEXT:          :b => -1,
# CHECK-NEXT:          :c => -1,
# CHECK-NEXT:          :id => "x",
# CHECK-NEXT:          :name => 3.14159,
# CHECK-NEXT:          {1} => [0, 1],
# CHECK-NEXT:          [:l] => 1.0,
# CHECK-NEXT:          "key two" => 100.0
# CHECK-NEXT:        }}
# CHECK-NEXT:     }
# CHECK-NEXT:   ]
# CHECK-NEXT: }
# CHECK-NEXT: %{2 => {{{\[\[}}[:ok, 1.0e20, 1.0e-5, 1, 'hi', 1, :"with space", :+, 100.0], Foo.Bar], "tab\t", 1.0, {[], "", {0}, {42}, [Foo.Bar, 'hi'], [x_y: 1.0e-5, name: 1.0, d: true]}]}, :b => {[e: [], name: %{:id => :Foo, [:l] => :error, "s" => [3.14159, 1.0e20, 255, 'hi there', :ok]}, f: 100.0, d: {3.14159, ['hi', 255]}, a: [], value: 1..10//2], [name: [name: 1..10//2], value: [1], ok?: [x_y: [1, [0, 1]]], items: 1.0e-5, a: {:==, []}, d: :==, b: 'hi there', e: %{1 => [name: "tab\t", value: [], x_y: "with \"quote\"", d: -2.25, f: -1], :a => [:error, 1.0e20, 1.0e-5], :b => [b: false, x_y: 255, e: "tab\t"], :name => [], "s" => {1000000, "hello"}}, x_y: {{\[\[}}-1, "hello", 1.0e-5, :"with space", 0.5, :b?, [], 1.0e20, [0, 1], "a much longer string value to make lines wrap around"], {[]}, [0], {-17, -1}, 42, [], "日本", "é", -17], c: {{\[\[}}"a much longer string value to make lines wrap around", 'hi', "a much longer string value to make lines wrap around", 1.0e-5, 255], [0], 'hi there'], f: {[value: 1.0e20, ok?: 'hi there'], 0.5, {0}}], %{2 => [ok?: [0.5, 42, "", 1000000], a: 0], :b => 1180591620717411303424, :name => {}, "s" => []}, [%{2 => [x_y: :Foo], :id => [x_y: 'hi', value: :"with space", name: -17, d: "with \"quote\"", items: nil], {1} => [e: -2.25, ok?: 3.14159, items: "with \"quote\"", name: 'hi', b: "with \"quote\"", x_y: nil, value: 'hi', c: :"with space"]}], 'hi there'}, :name => [{false, {[1180591620717411303424, 1], :ok, {}}, [:b?, [0, 1], %{1 => 1.0, 2 => "with \"quote\"", :a => "with \"quote\"", :b => 1.0, :c => 1180591620717411303424, :id => :+, :name => [], {1} => "tab\t", [:l] => -1, "key two" => "", "s" => 42}, 0.5, []], 42}], [:l] => %{}, "key two" => [{'hi', [value: [a: :a], a: [b: "hello", d: 'hi there', ok?: 42, c: "é", e: "x", a: "with \"quote\"", value: "with \"quote\"", items: 1180591620717411303424]], {{\[\[}}-17, nil, []]], [%{name: 1180591620717411303424}, 255, 1..10//2]}, %{:a => "tab\t", :id => [0, 1], [:l] => 0, "key two" => {["hello", 1.0], %{2 => [0, 1], :a => [], :b => -1, :c => -1, :id => "x", :name => 3.14159, {1} => [0, 1], [:l] => 1.0, "key two" => 100.0}}}]}
# CHECK-NEXT: l57: %{
# CHECK-NEXT:   2 => {[
# CHECK-NEXT:      [
# CHECK-NEXT:        [:ok, 1.0e20, 1.0e-5, 1, [104, 105], 1, :"with space", :+, 100.0],
# CHECK-NEXT:        Foo.Bar
# CHECK-NEXT:      ],
# CHECK-NEXT:      "tab\t",
# CHECK-NEXT:      1.0,
# CHECK-NEXT:      {[], "", {0}, {42}, [Foo.Bar, [104, 105]],
# CHECK-NEXT:       [x_y: 1.0e-5, name: 1.0, d: true]}
# CHECK-NEXT:    ]},
# CHECK-NEXT:   :b => {[
# CHECK-NEXT:      e: [],
# CHECK-NEXT:      name: %{
# CHECK-NEXT:        :id => :Foo,
# CHECK-NEXT:        [:l] => :error,
# CHECK-NEXT:        "s" => [
# CHECK-NEXT:          3.14159,
# CHECK-NEXT:          1.0e20,
# CHECK-NEXT:          255,
# CHECK-NEXT:          [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:          :ok
# CHECK-NEXT:        ]
# CHECK-NEXT:      },
# CHECK-NEXT:      f: 100.0,
# CHECK-NEXT:      d: {3.14159, {{\[\[}}104, 105], 255]},
# CHECK-NEXT:      a: [],
# CHECK-NEXT:      value: 1..10//2
# CHECK-NEXT:    ],
# CHECK-NEXT:    [
# CHECK-NEXT:      name: [name: 1..10//2],
# CHECK-NEXT:      value: [1],
# CHECK-NEXT:      ok?: [x_y: [1, [0, 1]]],
# CHECK-NEXT:      items: 1.0e-5,
# CHECK-NEXT:      a: {:==, []},
# CHECK-NEXT:      d: :==,
# CHECK-NEXT:      b: [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:      e: %{
# CHECK-NEXT:        1 => [name: "tab\t", value: [], x_y: "with \"quote\"", d: -2.25, f: -1],
# CHECK-NEXT:        :a => [:error, 1.0e20, 1.0e-5],
# CHECK-NEXT:        :b => [b: false, x_y: 255, e: "tab\t"],
# CHECK-NEXT:        :name => [],
# CHECK-NEXT:        "s" => {1000000, "hello"}
# CHECK-NEXT:      },
# CHECK-NEXT:      x_y: [
# CHECK-NEXT:        [
# CHECK-NEXT:          -1,
# CHECK-NEXT:          "hello",
# CHECK-NEXT:          1.0e-5,
# CHECK-NEXT:          :"with space",
# CHECK-NEXT:          0.5,
# CHECK-NEXT:          :b?,
# CHECK-NEXT:          [],
# CHECK-NEXT:          1.0e20,
# CHECK-NEXT:          [0, 1],
# CHECK-NEXT:          "a much longer string value to make lines wrap around"
# CHECK-NEXT:        ],
# CHECK-NEXT:        {[]},
# CHECK-NEXT:        [0],
# CHECK-NEXT:        {-17, -1},
# CHECK-NEXT:        42,
# CHECK-NEXT:        [],
# CHECK-NEXT:        "日本",
# CHECK-NEXT:        "é",
# CHECK-NEXT:        -17
# CHECK-NEXT:      ],
# CHECK-NEXT:      c: [
# CHECK-NEXT:        [
# CHECK-NEXT:          "a much longer string value to make lines wrap around",
# CHECK-NEXT:          [104, 105],
# CHECK-NEXT:          "a much longer string value to make lines wrap around",
# CHECK-NEXT:          1.0e-5,
# CHECK-NEXT:          255
# CHECK-NEXT:        ],
# CHECK-NEXT:        [0],
# CHECK-NEXT:        [104, 105, 32, 116, 104, 101, 114, 101]
# CHECK-NEXT:      ],
# CHECK-NEXT:      f: {[value: 1.0e20, ok?: [104, 105, 32, 116, 104, 101, 114, 101]], 0.5,
# CHECK-NEXT:       {0}}
# CHECK-NEXT:    ],
# CHECK-NEXT:    %{
# CHECK-NEXT:      2 => [ok?: [0.5, 42, "", 1000000], a: 0],
# CHECK-NEXT:      :b => 1180591620717411303424,
# CHECK-NEXT:      :name => {},
# CHECK-NEXT:      "s" => []
# CHECK-NEXT:    },
# CHECK-NEXT:    [
# CHECK-NEXT:      %{
# CHECK-NEXT:        2 => [x_y: :Foo],
# CHECK-NEXT:        :id => [
# CHECK-NEXT:          x_y: [104, 105],
# CHECK-NEXT:          value: :"with space",
# CHECK-NEXT:          name: -17,
# CHECK-NEXT:          d: "with \"quote\"",
# CHECK-NEXT:          items: nil
# CHECK-NEXT:        ],
# CHECK-NEXT:        {1} => [
# CHECK-NEXT:          e: -2.25,
# CHECK-NEXT:          ok?: 3.14159,
# CHECK-NEXT:          items: "with \"quote\"",
# CHECK-NEXT:          name: [104, 105],
# CHECK-NEXT:          b: "with \"quote\"",
# CHECK-NEXT:          x_y: nil,
# CHECK-NEXT:          value: [104, 105],
# CHECK-NEXT:          c: :"with space"
# CHECK-NEXT:        ]
# CHECK-NEXT:      }
# CHECK-NEXT:    ], [104, 105, 32, 116, 104, 101, 114, 101]},
# CHECK-NEXT:   :name => [
# CHECK-NEXT:     {false, {[1180591620717411303424, 1], :ok, {}},
# CHECK-NEXT:      [
# CHECK-NEXT:        :b?,
# CHECK-NEXT:        [0, 1],
# CHECK-NEXT:        %{
# CHECK-NEXT:          1 => 1.0,
# CHECK-NEXT:          2 => "with \"quote\"",
# CHECK-NEXT:          :a => "with \"quote\"",
# CHECK-NEXT:          :b => 1.0,
# CHECK-NEXT:          :c => 1180591620717411303424,
# CHECK-NEXT:          :id => :+,
# CHECK-NEXT:          :name => [],
# CHECK-NEXT:          {1} => "tab\t",
# CHECK-NEXT:          [:l] => -1,
# CHECK-NEXT:          "key two" => "",
# CHECK-NEXT:          "s" => 42
# CHECK-NEXT:        },
# CHECK-NEXT:        0.5,
# CHECK-NEXT:        []
# CHECK-NEXT:      ], 42}
# CHECK-NEXT:   ],
# CHECK-NEXT:   [:l] => %{},
# CHECK-NEXT:   "key two" => [
# CHECK-NEXT:     {[104, 105],
# CHECK-NEXT:      [
# CHECK-NEXT:        value: [a: :a],
# CHECK-NEXT:        a: [
# CHECK-NEXT:          b: "hello",
# CHECK-NEXT:          d: [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:          ok?: 42,
# CHECK-NEXT:          c: "é",
# CHECK-NEXT:          e: "x",
# CHECK-NEXT:          a: "with \"quote\"",
# CHECK-NEXT:          value: "with \"quote\"",
# CHECK-NEXT:          items: 1180591620717411303424
# CHECK-NEXT:        ]
# CHECK-NEXT:      ], {{\[\[}}-17, nil, []]], [%{name: 1180591620717411303424}, 255, 1..10//2]},
# CHECK-NEXT:     %{
# CHECK-NEXT:       :a => "tab\t",
# CHECK-NEXT:       :id => [0, 1],
# CHECK-NEXT:       [:l] => 0,
# CHECK-NEXT:       "key two" => {["hello", 1.0],
# CHECK-NEXT:        %{
# CHECK-NEXT:          2 => [0, 1],
# CHECK-NEXT:          :a => [],
# CHECK-NEXT:          :b => -1,
# CHECK-NEXT:          :c => -1,
# CHECK-NEXT:          :id => "x",
# CHECK-NEXT:          :name => 3.14159,
# CHECK-NEXT:          {1} => [0, 1],
# CHECK-NEXT:          [:l] => 1.0,
# CHECK-NEXT:          "key two" => 100.0
# CHECK-NEXT:        }}
# CHECK-NEXT:     }
# CHECK-NEXT:   ]
# CHECK-NEXT: }
# CHECK-NEXT: {[
# CHECK-NEXT:    a: %{
# CHECK-NEXT:      :a => 1..10//2,
# CHECK-NEXT:      :c => %{[:l] => 'hi there'},
# CHECK-NEXT:      "key two" => {1, 'hi there', 0, 255}
# CHECK-NEXT:    },
# CHECK-NEXT:    e: -1,
# CHECK-NEXT:    d: "a much longer string value to make lines wrap around",
# CHECK-NEXT:    name: [
# CHECK-NEXT:      [d: nil],
# CHECK-NEXT:      "日本",
# CHECK-NEXT:      ['abc', 0, "hello", false],
# CHECK-NEXT:      {100.0},
# CHECK-NEXT:      %{1 => -2.25, 2 => 1.0e-5},
# CHECK-NEXT:      [-1, false],
# CHECK-NEXT:      "tab\t",
# CHECK-NEXT:      {"a much longer string value to make lines wrap around", 'hi',
# CHECK-NEXT:       1180591620717411303424, 'hi'}
# CHECK-NEXT:    ],
# CHECK-NEXT:    f: {}
# CHECK-NEXT:  ]}
# CHECK-NEXT: {[
# CHECK-NEXT:    a: %{
# CHECK-NEXT:      :a => 1..10//2,
# CHECK-NEXT:      :c => %{[:l] => 'hi there'},
# CHECK-NEXT:      "key two" => {1, 'hi there', 0, 255}
# CHECK-NEXT:    },
# CHECK-NEXT:    e: -1,
# CHECK-NEXT:    d: "a much longer string value to make lines wrap around",
# CHECK-NEXT:    name: [
# CHECK-NEXT:      [d: nil],
# CHECK-NEXT:      "日本",
# CHECK-NEXT:      ['abc', 0, "hello", false],
# CHECK-NEXT:      {100.0},
# CHECK-NEXT:      %{1 => -2.25, 2 => 1.0e-5},
# CHECK-NEXT:      [-1, false],
# CHECK-NEXT:      "tab\t",
# CHECK-NEXT:      {"a much longer string value to make lines wrap around", 'hi',
# CHECK-NEXT:       1180591620717411303424, 'hi'}
# CHECK-NEXT:    ],
# CHECK-NEXT:    f: {}
# CHECK-NEXT:  ]}
# CHECK-NEXT: {[a: %{:a => 1..10//2, :c => %{[:l] => 'hi there'}, "key two" => {1, 'hi there', 0, 255}}, e: -1, d: "a much longer string value to make lines wrap around", name: {{\[\[}}d: nil], "日本", ['abc', 0, "hello", false], {100.0}, %{1 => -2.25, 2 => 1.0e-5}, [-1, false], "tab\t", {"a much longer string value to make lines wrap around", 'hi', 1180591620717411303424, 'hi'}], f: {}]}
# CHECK-NEXT: l58: {[
# CHECK-NEXT:    a: %{
# CHECK-NEXT:      :a => 1..10//2,
# CHECK-NEXT:      :c => %{[:l] => [104, 105, 32, 116, 104, 101, 114, 101]},
# CHECK-NEXT:      "key two" => {1, [104, 105, 32, 116, 104, 101, 114, 101], 0, 255}
# CHECK-NEXT:    },
# CHECK-NEXT:    e: -1,
# CHECK-NEXT:    d: "a much longer string value to make lines wrap around",
# CHECK-NEXT:    name: [
# CHECK-NEXT:      [d: nil],
# CHECK-NEXT:      "日本",
# CHECK-NEXT:      {{\[\[}}97, 98, 99], 0, "hello", false],
# CHECK-NEXT:      {100.0},
# CHECK-NEXT:      %{1 => -2.25, 2 => 1.0e-5},
# CHECK-NEXT:      [-1, false],
# CHECK-NEXT:      "tab\t",
# CHECK-NEXT:      {"a much longer string value to make lines wrap around", [104, 105],
# CHECK-NEXT:       1180591620717411303424, [104, 105]}
# CHECK-NEXT:    ],
# CHECK-NEXT:    f: {}
# CHECK-NEXT:  ]}
# CHECK-NEXT: {}
# CHECK-NEXT: {}
# CHECK-NEXT: {}
# CHECK-NEXT: l59: {}
# CHECK-NEXT: [
# CHECK-NEXT:   f: [
# CHECK-NEXT:     [false, 1],
# CHECK-NEXT:     1.0e20,
# CHECK-NEXT:     [
# CHECK-NEXT:       value: 42,
# CHECK-NEXT:       c: :Foo,
# CHECK-NEXT:       d: [0, 1],
# CHECK-NEXT:       f: 0.5,
# CHECK-NEXT:       e: "",
# CHECK-NEXT:       ok?: [0, 1],
# CHECK-NEXT:       b: 3.14159,
# CHECK-NEXT:       items: 1000000,
# CHECK-NEXT:       a: "",
# CHECK-NEXT:       name: 'hi',
# CHECK-NEXT:       x_y: 3.14159
# CHECK-NEXT:     ],
# CHECK-NEXT:     %{},
# CHECK-NEXT:     :"with space",
# CHECK-NEXT:     "日本",
# CHECK-NEXT:     [b: "日本"]
# CHECK-NEXT:   ]
# CHECK-NEXT: ]
# CHECK-NEXT: [f: {{\[\[}}false, ...], 1.0e20, ...]]
# CHECK-NEXT: [f: {{\[\[}}false, 1], 1.0e20, [value: 42, c: :Foo, d: [0, 1], f: 0.5, e: "", ok?: [0, 1], b: 3.14159, items: 1000000, a: "", name: 'hi', x_y: 3.14159], %{}, :"with space", "日本", [b: "日本"]]]
# CHECK-NEXT: l60: [
# CHECK-NEXT:   f: [
# CHECK-NEXT:     [false, 1],
# CHECK-NEXT:     1.0e20,
# CHECK-NEXT:     [
# CHECK-NEXT:       value: 42,
# CHECK-NEXT:       c: :Foo,
# CHECK-NEXT:       d: [0, 1],
# CHECK-NEXT:       f: 0.5,
# CHECK-NEXT:       e: "",
# CHECK-NEXT:       ok?: [0, 1],
# CHECK-NEXT:       b: 3.14159,
# CHECK-NEXT:       items: 1000000,
# CHECK-NEXT:       a: "",
# CHECK-NEXT:       name: [104, 105],
# CHECK-NEXT:       x_y: 3.14159
# CHECK-NEXT:     ],
# CHECK-NEXT:     %{},
# CHECK-NEXT:     :"with space",
# CHECK-NEXT:     "日本",
# CHECK-NEXT:     [b: "日本"]
# CHECK-NEXT:   ]
# CHECK-NEXT: ]
# CHECK-NEXT: 1..5
# CHECK-NEXT: 1..5
# CHECK-NEXT: 1..5
# CHECK-NEXT: l61: 1..5
# CHECK-NEXT: %{}
# CHECK-NEXT: %{}
# CHECK-NEXT: %{}
# CHECK-NEXT: l62: %{}
# CHECK-NEXT: [
# CHECK-NEXT:   [
# CHECK-NEXT:     e: MapSet.new([1, 2]),
# CHECK-NEXT:     value: [],
# CHECK-NEXT:     b: %{},
# CHECK-NEXT:     c: "x",
# CHECK-NEXT:     f: {'hi', 0, MapSet.new([1, 2])},
# CHECK-NEXT:     a: 1.0e-5,
# CHECK-NEXT:     name: {1.0e20, %{"s" => -2.25}, %{},
# CHECK-NEXT:      %{
# CHECK-NEXT:        1 => "日本",
# CHECK-NEXT:        :a => 1000000,
# CHECK-NEXT:        :id => -1,
# CHECK-NEXT:        :name => "é",
# CHECK-NEXT:        {1} => "日本",
# CHECK-NEXT:        "s" => -17
# CHECK-NEXT:      },
# CHECK-NEXT:      [
# CHECK-NEXT:        d: 1000000,
# CHECK-NEXT:        e: "",
# CHECK-NEXT:        f: 0.5,
# CHECK-NEXT:        value: "tab\t",
# CHECK-NEXT:        c: "a much longer string value to make lines wrap around",
# CHECK-NEXT:        items: "a much longer string value to make lines wrap around",
# CHECK-NEXT:        name: 1.0e-5,
# CHECK-NEXT:        ok?: Foo.Bar,
# CHECK-NEXT:        x_y: 1.0
# CHECK-NEXT:      ], {}, ["tab\t", :==]}
# CHECK-NEXT:   ],
# CHECK-NEXT:   [items: {}]
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   [
# CHECK-NEXT:     e: MapSet.new([1, 2]),
# CHECK-NEXT:     value: [],
# CHECK-NEXT:     b: %{},
# CHECK-NEXT:     c: "x",
# CHECK-NEXT:     ...
# CHECK-NEXT:   ],
# CHECK-NEXT:   [items: {}]
# CHECK-NEXT: ]
# CHECK-NEXT: {{\[\[}}e: MapSet.new([1, 2]), value: [], b: %{}, c: "x", f: {'hi', 0, MapSet.new([1, 2])}, a: 1.0e-5, name: {1.0e20, %{"s" => -2.25}, %{}, %{1 => "日本", :a => 1000000, :id => -1, :name => "é", {1} => "日本", "s" => -17}, [d: 1000000, e: "", f: 0.5, value: "tab\t", c: "a much longer string value to make lines wrap around", items: "a much longer string value to make lines wrap around", name: 1.0e-5, ok?: Foo.Bar, x_y: 1.0], {}, ["tab\t", :==]}], [items: {}]]
# CHECK-NEXT: l63: [
# CHECK-NEXT:   [
# CHECK-NEXT:     e: MapSet.new([1, 2]),
# CHECK-NEXT:     value: [],
# CHECK-NEXT:     b: %{},
# CHECK-NEXT:     c: "x",
# CHECK-NEXT:     f: {[104, 105], 0, MapSet.new([1, 2])},
# CHECK-NEXT:     a: 1.0e-5,
# CHECK-NEXT:     name: {1.0e20, %{"s" => -2.25}, %{},
# CHECK-NEXT:      %{
# CHECK-NEXT:        1 => "日本",
# CHECK-NEXT:        :a => 1000000,
# CHECK-NEXT:        :id => -1,
# CHECK-NEXT:        :name => "é",
# CHECK-NEXT:        {1} => "日本",
# CHECK-NEXT:        "s" => -17
# CHECK-NEXT:      },
# CHECK-NEXT:      [
# CHECK-NEXT:        d: 1000000,
# CHECK-NEXT:        e: "",
# CHECK-NEXT:        f: 0.5,
# CHECK-NEXT:        value: "tab\t",
# CHECK-NEXT:        c: "a much longer string value to make lines wrap around",
# CHECK-NEXT:        items: "a much longer string value to make lines wrap around",
# CHECK-NEXT:        name: 1.0e-5,
# CHECK-NEXT:        ok?: Foo.Bar,
# CHECK-NEXT:        x_y: 1.0
# CHECK-NEXT:      ], {}, ["tab\t", :==]}
# CHECK-NEXT:   ],
# CHECK-NEXT:   [items: {}]
# CHECK-NEXT: ]
# CHECK-NEXT: [c: [0, 1], f: :"9x"]
# CHECK-NEXT: [c: [0, 1], f: :"9x"]
# CHECK-NEXT: [c: [0, 1], f: :"9x"]
# CHECK-NEXT: l64: [c: [0, 1], f: :"9x"]
# CHECK-NEXT: [
# CHECK-NEXT:   x_y: 1..5,
# CHECK-NEXT:   items: -17,
# CHECK-NEXT:   f: {[nil, "日本", :+], :Foo,
# CHECK-NEXT:    {1, 0.5, "x", Foo.Bar, "with \"quote\"", 'hi there', "x"}},
# CHECK-NEXT:   b: [value: 1, x_y: 'abc', f: 'hi', a: {255, :ok, 'hi', "é"}, name: 1.0e-5],
# CHECK-NEXT:   name: {1180591620717411303424}
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   x_y: 1..5,
# CHECK-NEXT:   items: -17,
# CHECK-NEXT:   f: {[nil, "日本", :+], :Foo,
# CHECK-NEXT:    {1, 0.5, "x", Foo.Bar, "with \"quote\"", 'hi there', "x"}},
# CHECK-NEXT:   b: [value: 1, x_y: 'abc', f: 'hi', a: {255, :ok, 'hi', "é"}, name: 1.0e-5],
# CHECK-NEXT:   name: {1180591620717411303424}
# CHECK-NEXT: ]
# CHECK-NEXT: [x_y: 1..5, items: -17, f: {[nil, "日本", :+], :Foo, {1, 0.5, "x", Foo.Bar, "with \"quote\"", 'hi there', "x"}}, b: [value: 1, x_y: 'abc', f: 'hi', a: {255, :ok, 'hi', "é"}, name: 1.0e-5], name: {1180591620717411303424}]
# CHECK-NEXT: l65: [
# CHECK-NEXT:   x_y: 1..5,
# CHECK-NEXT:   items: -17,
# CHECK-NEXT:   f: {[nil, "日本", :+], :Foo,
# CHECK-NEXT:    {1, 0.5, "x", Foo.Bar, "with \"quote\"",
# CHECK-NEXT:     [104, 105, 32, 116, 104, 101, 114, 101], "x"}},
# CHECK-NEXT:   b: [
# CHECK-NEXT:     value: 1,
# CHECK-NEXT:     x_y: [97, 98, 99],
# CHECK-NEXT:     f: [104, 105],
# CHECK-NEXT:     a: {255, :ok, [104, 105], "é"},
# CHECK-NEXT:     name: 1.0e-5
# CHECK-NEXT:   ],
# CHECK-NEXT:   name: {1180591620717411303424}
# CHECK-NEXT: ]
# CHECK-NEXT: Foo.Bar
# CHECK-NEXT: Foo.Bar
# CHECK-NEXT: Foo.Bar
# CHECK-NEXT: l66: Foo.Bar
# CHECK-NEXT: {}
# CHECK-NEXT: {}
# CHECK-NEXT: {}
# CHECK-NEXT: l67: {}
# CHECK-NEXT: "é"
# CHECK-NEXT: "é"
# CHECK-NEXT: "é"
# CHECK-NEXT: l68: "é"
# CHECK-NEXT: 'hi there'
# CHECK-NEXT: 'hi there'
# CHECK-NEXT: 'hi there'
# CHECK-NEXT: l69: [104, 105, 32, 116, 104, 101, 114, 101]
# CHECK-NEXT: %{
# CHECK-NEXT:   1 => {[
# CHECK-NEXT:      e: [-17, 0.5, nil, -1, :error, "tab\t", :"9x", :a, 1.0e-5,
# CHECK-NEXT:       1180591620717411303424, "hello"],
# CHECK-NEXT:      d: 1.0,
# CHECK-NEXT:      c: "日本",
# CHECK-NEXT:      items: {{\[\[}}0, 1], :a, -1],
# CHECK-NEXT:      b: {}
# CHECK-NEXT:    ], ['hi there']},
# CHECK-NEXT:   :id => {'hi there', [e: {}],
# CHECK-NEXT:    [x_y: [1.0, 42, 0, "with \"quote\"", "with \"quote\""]],
# CHECK-NEXT:    {{\{\{}}1.0, :a, :b?, 'hi', 1, "é", "x"}}, [x_y: :ok], :error,
# CHECK-NEXT:    %{
# CHECK-NEXT:      :a => {'abc', "tab\t", :a, :"9x", 'abc',
# CHECK-NEXT:       "a much longer string value to make lines wrap around", "é", 255,
# CHECK-NEXT:       :"with space", -1, 'abc', :"9x", "x", Foo.Bar, true},
# CHECK-NEXT:      :b => [],
# CHECK-NEXT:      [:l] => [1.0e20, 1180591620717411303424, [0, 1]],
# CHECK-NEXT:      "key two" => [c: 100.0, f: "hello"]
# CHECK-NEXT:    },
# CHECK-NEXT:    %{
# CHECK-NEXT:      1 => {1000000},
# CHECK-NEXT:      :a => 0,
# CHECK-NEXT:      {1} => [
# CHECK-NEXT:        f: 100.0,
# CHECK-NEXT:        a: 1.0,
# CHECK-NEXT:        value: "tab\t",
# CHECK-NEXT:        items: :"9x",
# CHECK-NEXT:        c: :error,
# CHECK-NEXT:        ok?: Foo.Bar,
# CHECK-NEXT:        d: 0.5,
# CHECK-NEXT:        e: 0.5,
# CHECK-NEXT:        name: 0,
# CHECK-NEXT:        x_y: 'hi',
# CHECK-NEXT:        b: 255
# CHECK-NEXT:      ]
# CHECK-NEXT:    }},
# CHECK-NEXT:   {1} => %{
# CHECK-NEXT:     1 => {[-17, [], "a much longer string value to make lines wrap around", :a,
# CHECK-NEXT:       -17], 'hi', 3.14159, %{}, 1.0e20,
# CHECK-NEXT:      %{1 => "tab\t", :id => "hello", {1} => -17}, {3.14159, 'abc', [0, 1]}},
# CHECK-NEXT:     2 => [
# CHECK-NEXT:       f: [a: [0, 1], d: :b?, name: 0, items: 1000000],
# CHECK-NEXT:       a: "with \"quote\"",
# CHECK-NEXT:       c: [],
# CHECK-NEXT:       name: [a: 0],
# CHECK-NEXT:       b: [],
# CHECK-NEXT:       ok?: [a: Foo.Bar, items: -1, c: [], name: 'hi there'],
# CHECK-NEXT:       x_y: 42,
# CHECK-NEXT:       items: [a: -17, b: 0, e: 1180591620717411303424, d: -1]
# CHECK-NEXT:     ],
# CHECK-NEXT:     :b => -1,
# CHECK-NEXT:     :c => [
# CHECK-NEXT:       d: :"with space",
# CHECK-NEXT:       x_y: [42, -1],
# CHECK-NEXT:       a: ["日本", 1],
# CHECK-NEXT:       f: {[0, 1]},
# CHECK-NEXT:       items: [
# CHECK-NEXT:         ok?: 'hi there',
# CHECK-NEXT:         d: 0.5,
# CHECK-NEXT:         a: [0, 1],
# CHECK-NEXT:         name: :ok,
# CHECK-NEXT:         b: :b?,
# CHECK-NEXT:         value: [0, 1],
# CHECK-NEXT:         c: 1.0e20,
# CHECK-NEXT:         items: "hello",
# CHECK-NEXT:         e: 'abc',
# CHECK-NEXT:         f: 'hi there',
# CHECK-NEXT:         x_y: nil
# CHECK-NEXT:       ],
# CHECK-NEXT:       c: "a much longer string value to make lines wrap around",
# CHECK-NEXT:       name: {}
# CHECK-NEXT:     ]
# CHECK-NEXT:   }
# CHECK-NEXT: }
# CHECK-NEXT: %{
# CHECK-NEXT:   1 => {[
# CHECK-NEXT:      e: [-17, 0.5,
# CHECK-NEXT:       nil, -1,
# CHECK-NEXT:       :error,
# CHECK-NEXT:       "tab\t",
# CHECK-NEXT:       :"9x", :a,
# CHECK-NEXT:       1.0e-5,
# CHECK-NEXT:       1180591620717411303424,
# CHECK-NEXT:       "hello"],
# CHECK-NEXT:      d: 1.0,
# CHECK-NEXT:      c: "日本",
# CHECK-NEXT:      items: [
# CHECK-NEXT:        [0, 1],
# CHECK-NEXT:        :a,
# CHECK-NEXT:        -1
# CHECK-NEXT:      ],
# CHECK-NEXT:      b: {}
# CHECK-NEXT:    ], ['hi there']},
# CHECK-NEXT:   :id => {'hi there',
# CHECK-NEXT:    [e: {}],
# CHECK-NEXT:    [
# CHECK-NEXT:      x_y: [1.0, 42,
# CHECK-NEXT:       0,
# CHECK-NEXT:       "with \"quote\"",
# CHECK-NEXT:       "with \"quote\""]
# CHECK-NEXT:    ],
# CHECK-NEXT:    {{\{\{}}1.0, :a, :b?,
# CHECK-NEXT:      'hi', 1, "é",
# CHECK-NEXT:      "x"}},
# CHECK-NEXT:    [x_y: :ok],
# CHECK-NEXT:    :error,
# CHECK-NEXT:    %{
# CHECK-NEXT:      :a => {'abc',
# CHECK-NEXT:       "tab\t", :a,
# CHECK-NEXT:       :"9x", 'abc',
# CHECK-NEXT:       "a much longer string value to make lines wrap around",
# CHECK-NEXT:       "é", 255,
# CHECK-NEXT:       :"with space",
# CHECK-NEXT:       -1, 'abc',
# CHECK-NEXT:       :"9x", "x",
# CHECK-NEXT:       Foo.Bar,
# CHECK-NEXT:       true},
# CHECK-NEXT:      :b => [],
# CHECK-NEXT:      [:l] => [
# CHECK-NEXT:        1.0e20,
# CHECK-NEXT:        1180591620717411303424,
# CHECK-NEXT:        [0, 1]
# CHECK-NEXT:      ],
# CHECK-NEXT:      "key two" => [
# CHECK-NEXT:        c: 100.0,
# CHECK-NEXT:        f: "hello"
# CHECK-NEXT:      ]
# CHECK-NEXT:    },
# CHECK-NEXT:    %{
# CHECK-NEXT:      1 => {1000000},
# CHECK-NEXT:      :a => 0,
# CHECK-NEXT:      {1} => [
# CHECK-NEXT:        f: 100.0,
# CHECK-NEXT:        a: 1.0,
# CHECK-NEXT:        value: "tab\t",
# CHECK-NEXT:        items: :"9x",
# CHECK-NEXT:        c: :error,
# CHECK-NEXT:        ok?: Foo.Bar,
# CHECK-NEXT:        d: 0.5,
# CHECK-NEXT:        e: 0.5,
# CHECK-NEXT:        name: 0,
# CHECK-NEXT:        x_y: 'hi',
# CHECK-NEXT:        b: 255
# CHECK-NEXT:      ]
# CHECK-NEXT:    }},
# CHECK-NEXT:   {1} => %{
# CHECK-NEXT:     1 => {[-17, [],
# CHECK-NEXT:       "a much longer string value to make lines wrap around",
# CHECK-NEXT:       :a, -17],
# CHECK-NEXT:      'hi', 3.14159,
# CHECK-NEXT:      %{}, 1.0e20,
# CHECK-NEXT:      %{
# CHECK-NEXT:        1 => "tab\t",
# CHECK-NEXT:        :id => "hello",
# CHECK-NEXT:        {1} => -17
# CHECK-NEXT:      },
# CHECK-NEXT:      {3.14159,
# CHECK-NEXT:       'abc',
# CHECK-NEXT:       [0, 1]}},
# CHECK-NEXT:     2 => [
# CHECK-NEXT:       f: [
# CHECK-NEXT:         a: [0, 1],
# CHECK-NEXT:         d: :b?,
# CHECK-NEXT:         name: 0,
# CHECK-NEXT:         items: 1000000
# CHECK-NEXT:       ],
# CHECK-NEXT:       a: "with \"quote\"",
# CHECK-NEXT:       c: [],
# CHECK-NEXT:       name: [a: 0],
# CHECK-NEXT:       b: [],
# CHECK-NEXT:       ok?: [
# CHECK-NEXT:         a: Foo.Bar,
# CHECK-NEXT:         items: -1,
# CHECK-NEXT:         c: [],
# CHECK-NEXT:         name: 'hi there'
# CHECK-NEXT:       ],
# CHECK-NEXT:       x_y: 42,
# CHECK-NEXT:       items: [
# CHECK-NEXT:         a: -17,
# CHECK-NEXT:         b: 0,
# CHECK-NEXT:         e: 1180591620717411303424,
# CHECK-NEXT:         d: -1
# CHECK-NEXT:       ]
# CHECK-NEXT:     ],
# CHECK-NEXT:     :b => -1,
# CHECK-NEXT:     :c => [
# CHECK-NEXT:       d: :"with space",
# CHECK-NEXT:       x_y: [42, -1],
# CHECK-NEXT:       a: ["日本",
# CHECK-NEXT:        1],
# CHECK-NEXT:       f: {[0, 1]},
# CHECK-NEXT:       items: [
# CHECK-NEXT:         ok?: 'hi there',
# CHECK-NEXT:         d: 0.5,
# CHECK-NEXT:         a: [0, 1],
# CHECK-NEXT:         name: :ok,
# CHECK-NEXT:         b: :b?,
# CHECK-NEXT:         value: [0,
# CHECK-NEXT:          1],
# CHECK-NEXT:         c: 1.0e20,
# CHECK-NEXT:         items: "hello",
# CHECK-NEXT:         e: 'abc',
# CHECK-NEXT:         f: 'hi there',
# CHECK-NEXT:         x_y: nil
# CHECK-NEXT:       ],
# CHECK-NEXT:       c: "a much longer string value to make lines wrap around",
# CHECK-NEXT:       name: {}
# CHECK-NEXT:     ]
# CHECK-NEXT:   }
# CHECK-NEXT: }
# CHECK-NEXT: %{1 => {[e: [-17, 0.5, nil, -1, :error, "tab\t", :"9x", :a, 1.0e-5, 1180591620717411303424, "hello"], d: 1.0, c: "日本", items: {{\[\[}}0, 1], :a, -1], b: {}], ['hi there']}, :id => {'hi there', [e: {}], [x_y: [1.0, 42, 0, "with \"quote\"", "with \"quote\""]], {{\{\{}}1.0, :a, :b?, 'hi', 1, "é", "x"}}, [x_y: :ok], :error, %{:a => {'abc', "tab\t", :a, :"9x", 'abc', "a much longer string value to make lines wrap around", "é", 255, :"with space", -1, 'abc', :"9x", "x", Foo.Bar, true}, :b => [], [:l] => [1.0e20, 1180591620717411303424, [0, 1]], "key two" => [c: 100.0, f: "hello"]}, %{1 => {1000000}, :a => 0, {1} => [f: 100.0, a: 1.0, value: "tab\t", items: :"9x", c: :error, ok?: Foo.Bar, d: 0.5, e: 0.5, name: 0, x_y: 'hi', b: 255]}}, {1} => %{1 => {[-17, [], "a much longer string value to make lines wrap around", :a, -17], 'hi', 3.14159, %{}, 1.0e20, %{1 => "tab\t", :id => "hello", {1} => -17}, {3.14159, 'abc', [0, 1]}}, 2 => [f: [a: [0, 1], d: :b?, name: 0, items: 1000000], a: "with \"quote\"", c: [], name: [a: 0], b: [], ok?: [a: Foo.Bar, items: -1, c: [], name: 'hi there'], x_y: 42, items: [a: -17, b: 0, e: 1180591620717411303424, d: -1]], :b => -1, :c => [d: :"with space", x_y: [42, -1], a: ["日本", 1], f: {[0, 1]}, items: [ok?: 'hi there', d: 0.5, a: [0, 1], name: :ok, b: :b?, value: [0, 1], c: 1.0e20, items: "hello", e: 'abc', f: 'hi there', x_y: nil], c: "a much longer string value to make lines wrap around", name: {}]}}
# CHECK-NEXT: l70: %{
# CHECK-NEXT:   1 => {[
# CHECK-NEXT:      e: [-17, 0.5, nil, -1, :error, "tab\t", :"9x", :a, 1.0e-5,
# CHECK-NEXT:       1180591620717411303424, "hello"],
# CHECK-NEXT:      d: 1.0,
# CHECK-NEXT:      c: "日本",
# CHECK-NEXT:      items: {{\[\[}}0, 1], :a, -1],
# CHECK-NEXT:      b: {}
# CHECK-NEXT:    ], {{\[\[}}104, 105, 32, 116, 104, 101, 114, 101]]},
# CHECK-NEXT:   :id => {[104, 105, 32, 116, 104, 101, 114, 101], [e: {}],
# CHECK-NEXT:    [x_y: [1.0, 42, 0, "with \"quote\"", "with \"quote\""]],
# CHECK-NEXT:    {{\{\{}}1.0, :a, :b?, [104, 105], 1, "é", "x"}}, [x_y: :ok], :error,
# CHECK-NEXT:    %{
# CHECK-NEXT:      :a => {[97, 98, 99], "tab\t", :a, :"9x", [97, 98, 99],
# CHECK-NEXT:       "a much longer string value to make lines wrap around", "é", 255,
# CHECK-NEXT:       :"with space", -1, [97, 98, 99], :"9x", "x", Foo.Bar, true},
# CHECK-NEXT:      :b => [],
# CHECK-NEXT:      [:l] => [1.0e20, 1180591620717411303424, [0, 1]],
# CHECK-NEXT:      "key two" => [c: 100.0, f: "hello"]
# CHECK-NEXT:    },
# CHECK-NEXT:    %{
# CHECK-NEXT:      1 => {1000000},
# CHECK-NEXT:      :a => 0,
# CHECK-NEXT:      {1} => [
# CHECK-NEXT:        f: 100.0,
# CHECK-NEXT:        a: 1.0,
# CHECK-NEXT:        value: "tab\t",
# CHECK-NEXT:        items: :"9x",
# CHECK-NEXT:        c: :error,
# CHECK-NEXT:        ok?: Foo.Bar,
# CHECK-NEXT:        d: 0.5,
# CHECK-NEXT:        e: 0.5,
# CHECK-NEXT:        name: 0,
# CHECK-NEXT:        x_y: [104, 105],
# CHECK-NEXT:        b: 255
# CHECK-NEXT:      ]
# CHECK-NEXT:    }},
# CHECK-NEXT:   {1} => %{
# CHECK-NEXT:     1 => {[-17, [], "a much longer string value to make lines wrap around", :a,
# CHECK-NEXT:       -17], [104, 105], 3.14159, %{}, 1.0e20,
# CHECK-NEXT:      %{1 => "tab\t", :id => "hello", {1} => -17},
# CHECK-NEXT:      {3.14159, [97, 98, 99], [0, 1]}},
# CHECK-NEXT:     2 => [
# CHECK-NEXT:       f: [a: [0, 1], d: :b?, name: 0, items: 1000000],
# CHECK-NEXT:       a: "with \"quote\"",
# CHECK-NEXT:       c: [],
# CHECK-NEXT:       name: [a: 0],
# CHECK-NEXT:       b: [],
# CHECK-NEXT:       ok?: [
# CHECK-NEXT:         a: Foo.Bar,
# CHECK-NEXT:         items: -1,
# CHECK-NEXT:         c: [],
# CHECK-NEXT:         name: [104, 105, 32, 116, 104, 101, 114, 101]
# CHECK-NEXT:       ],
# CHECK-NEXT:       x_y: 42,
# CHECK-NEXT:       items: [a: -17, b: 0, e: 1180591620717411303424, d: -1]
# CHECK-NEXT:     ],
# CHECK-NEXT:     :b => -1,
# CHECK-NEXT:     :c => [
# CHECK-NEXT:       d: :"with space",
# CHECK-NEXT:       x_y: [42, -1],
# CHECK-NEXT:       a: ["日本", 1],
# CHECK-NEXT:       f: {[0, 1]},
# CHECK-NEXT:       items: [
# CHECK-NEXT:         ok?: [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:         d: 0.5,
# CHECK-NEXT:         a: [0, 1],
# CHECK-NEXT:         name: :ok,
# CHECK-NEXT:         b: :b?,
# CHECK-NEXT:         value: [0, 1],
# CHECK-NEXT:         c: 1.0e20,
# CHECK-NEXT:         items: "hello",
# CHECK-NEXT:         e: [97, 98, 99],
# CHECK-NEXT:         f: [104, 105, 32, 116, 104, 101, 114, 101],
# CHECK-NEXT:         x_y: nil
# CHECK-NEXT:       ],
# CHECK-NEXT:       c: "a much longer string value to make lines wrap around",
# CHECK-NEXT:       name: {}
# CHECK-NEXT:     ]
# CHECK-NEXT:   }
# CHECK-NEXT: }
# CHECK-NEXT: %{1 => 1.0e-5, :c => 100.0, :id => "日本", "key two" => "hello"}
# CHECK-NEXT: %{1 => 1.0e-5, :c => 100.0, :id => "日本", "key two" => "hello"}
# CHECK-NEXT: %{1 => 1.0e-5, :c => 100.0, :id => "日本", "key two" => "hello"}
# CHECK-NEXT: l71: %{1 => 1.0e-5, :c => 100.0, :id => "日本", "key two" => "hello"}
# CHECK-NEXT: [
# CHECK-NEXT:   name: [1..5],
# CHECK-NEXT:   ok?: %{},
# CHECK-NEXT:   value: {{\{\{}}1.0e-5, :ok, "a much longer string value to make lines wrap around",
# CHECK-NEXT:     1180591620717411303424, 1180591620717411303424, 42, 0, "é"}, "é", [],
# CHECK-NEXT:    {"hello"}}
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   name: [1..5],
# CHECK-NEXT:   ok?: %{},
# CHECK-NEXT:   value: {{\{\{}}1.0e-5,
# CHECK-NEXT:     :ok,
# CHECK-NEXT:     "a much longer string value to make lines wrap around",
# CHECK-NEXT:     1180591620717411303424,
# CHECK-NEXT:     1180591620717411303424,
# CHECK-NEXT:     42, 0, "é"},
# CHECK-NEXT:    "é", [],
# CHECK-NEXT:    {"hello"}}
# CHECK-NEXT: ]
# CHECK-NEXT: [name: [1..5], ok?: %{}, value: {{\{\{}}1.0e-5, :ok, "a much longer string value to make lines wrap around", 1180591620717411303424, 1180591620717411303424, 42, 0, "é"}, "é", [], {"hello"}}]
# CHECK-NEXT: l72: [
# CHECK-NEXT:   name: [1..5],
# CHECK-NEXT:   ok?: %{},
# CHECK-NEXT:   value: {{\{\{}}1.0e-5, :ok, "a much longer string value to make lines wrap around",
# CHECK-NEXT:     1180591620717411303424, 1180591620717411303424, 42, 0, "é"}, "é", [],
# CHECK-NEXT:    {"hello"}}
# CHECK-NEXT: ]
# CHECK-NEXT: %{:name => Foo.Bar, [:l] => Foo.Bar}
# CHECK-NEXT: %{:name => Foo.Bar, [:l] => Foo.Bar}
# CHECK-NEXT: %{:name => Foo.Bar, [:l] => Foo.Bar}
# CHECK-NEXT: l73: %{:name => Foo.Bar, [:l] => Foo.Bar}
# CHECK-NEXT: []
# CHECK-NEXT: []
# CHECK-NEXT: []
# CHECK-NEXT: l74: []
# CHECK-NEXT: [%{2 => -2.25, :a => 0.5, :name => 255, {1} => "hello", "key two" => -2.25}]
# CHECK-NEXT: [%{2 => -2.25, :a => 0.5, :name => 255, {1} => "hello", "key two" => -2.25}]
# CHECK-NEXT: [%{2 => -2.25, :a => 0.5, :name => 255, {1} => "hello", "key two" => -2.25}]
# CHECK-NEXT: l75: [%{2 => -2.25, :a => 0.5, :name => 255, {1} => "hello", "key two" => -2.25}]
# CHECK-NEXT: "a much longer string value to make lines wrap around"
# CHECK-NEXT: "a much longer string value to make lines wrap around"
# CHECK-NEXT: "a much longer string value to make lines wrap around"
# CHECK-NEXT: l76: "a much longer string value to make lines wrap around"
# CHECK-NEXT: [
# CHECK-NEXT:   value: ['abc', 1.0, 1, "a much longer string value to make lines wrap around",
# CHECK-NEXT:    "tab\t", 3.14159],
# CHECK-NEXT:   b: [],
# CHECK-NEXT:   x_y: -17,
# CHECK-NEXT:   ok?: {"", "x", 100.0, 42, "hello", :b?, [0, 1]},
# CHECK-NEXT:   a: 1..10//2
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   value: ['abc', 1.0, 1, "a much longer string value to make lines wrap around",
# CHECK-NEXT:    "tab\t", 3.14159],
# CHECK-NEXT:   b: [],
# CHECK-NEXT:   x_y: -17,
# CHECK-NEXT:   ok?: {"", "x", 100.0, 42, "hello", :b?, [0, 1]},
# CHECK-NEXT:   a: 1..10//2
# CHECK-NEXT: ]
# CHECK-NEXT: [value: ['abc', 1.0, 1, "a much longer string value to make lines wrap around", "tab\t", 3.14159], b: [], x_y: -17, ok?: {"", "x", 100.0, 42, "hello", :b?, [0, 1]}, a: 1..10//2]
# CHECK-NEXT: l77: [
# CHECK-NEXT:   value: [
# CHECK-NEXT:     [97, 98, 99],
# CHECK-NEXT:     1.0,
# CHECK-NEXT:     1,
# CHECK-NEXT:     "a much longer string value to make lines wrap around",
# CHECK-NEXT:     "tab\t",
# CHECK-NEXT:     3.14159
# CHECK-NEXT:   ],
# CHECK-NEXT:   b: [],
# CHECK-NEXT:   x_y: -17,
# CHECK-NEXT:   ok?: {"", "x", 100.0, 42, "hello", :b?, [0, 1]},
# CHECK-NEXT:   a: 1..10//2
# CHECK-NEXT: ]
# CHECK-NEXT: -1
# CHECK-NEXT: -1
# CHECK-NEXT: -1
# CHECK-NEXT: l78: -1
# CHECK-NEXT: "hello"
# CHECK-NEXT: "hello"
# CHECK-NEXT: "hello"
# CHECK-NEXT: l79: "hello"
