# RUN: %athanor run %s | FileCheck --match-full-lines %s
# :proplists, :os, :string and :rand basics.
IO.inspect :proplists.get_value(:a, [a: 1, b: 2])
IO.inspect :proplists.get_value(:c, [a: 1], :def)
IO.inspect :proplists.get_value(:flag, [:flag, a: 1])
IO.inspect :proplists.get_all_values(:a, [a: 1, b: 2, a: 3])
IO.inspect :proplists.lookup(:b, [a: 1, b: 2])
IO.inspect :proplists.lookup(:z, [a: 1])
IO.inspect :proplists.is_defined(:a, [a: 1])
IO.inspect :proplists.get_bool(:f, [:f])
IO.inspect :proplists.delete(:a, [a: 1, b: 2, a: 3])
IO.inspect :proplists.get_keys([b: 1, a: 2, b: 3])
IO.inspect :os.type()
IO.inspect is_list(:os.getenv('HOME'))
IO.inspect :os.getenv('NOPE_NOPE_X')
IO.inspect :string.trim("  ab  ")
IO.inspect :string.trim('  ab  ')
IO.inspect :string.trim("xxabxx", :both, 'x')
IO.inspect :string.uppercase("abc"); IO.inspect :string.lowercase('ABC'); IO.inspect :string.titlecase("abc")
IO.inspect :string.split("a,b,c", ","); IO.inspect :string.split("a,b,c", ",", :all); IO.inspect :string.split("a,b,c", ",", :trailing)
IO.inspect :string.length("héllo"); IO.inspect :string.reverse("abc"); IO.inspect :string.slice("hello", 1, 3)
IO.inspect :string.find("hello world", "o"); IO.inspect :string.find("hello", "z")
IO.inspect :string.lexemes("a  b c", ' ')
IO.inspect :string.to_integer("12ab"); IO.inspect :string.to_integer("x"); IO.inspect :string.to_float("1.5x")
IO.inspect :string.join(['a', 'b'], ', ')
IO.inspect :string.is_empty(""); IO.inspect :string.equal("a", 'a')
x = :rand.uniform(10)
IO.inspect x >= 1 and x <= 10
f = :rand.uniform()
IO.inspect f >= 0 and f < 1
# CHECK: 1
# CHECK-NEXT: :def
# CHECK-NEXT: true
# CHECK-NEXT: [1, 3]
# CHECK-NEXT: {:b, 2}
# CHECK-NEXT: :none
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: [b: 2]
# CHECK-NEXT: [:a, :b]
# CHECK-NEXT: {:unix, :linux}
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: "ab"
# CHECK-NEXT: 'ab'
# CHECK-NEXT: "ab"
# CHECK-NEXT: "ABC"
# CHECK-NEXT: 'abc'
# CHECK-NEXT: "Abc"
# CHECK-NEXT: ["a", "b,c"]
# CHECK-NEXT: ["a", "b", "c"]
# CHECK-NEXT: ["a,b", "c"]
# CHECK-NEXT: 5
# CHECK-NEXT: 'cba'
# CHECK-NEXT: "ell"
# CHECK-NEXT: "o world"
# CHECK-NEXT: :nomatch
# CHECK-NEXT: ["a", "b", "c"]
# CHECK-NEXT: {12, "ab"}
# CHECK-NEXT: {:error, :no_integer}
# CHECK-NEXT: {1.5, "x"}
# CHECK-NEXT: 'a, b'
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: true
