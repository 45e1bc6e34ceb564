# RUN: %athanor run %s | FileCheck --match-full-lines %s
s = "naïve café ß 日本語 🎉"
IO.inspect(String.length(s))
IO.inspect(byte_size(s))
IO.inspect(String.upcase(s))
IO.inspect(String.graphemes("e\u0301a"))
IO.inspect(String.length("e\u0301"))
IO.inspect(String.codepoints("e\u0301"))
IO.inspect(String.reverse("🎉ab"))
IO.inspect(?a)
IO.inspect(?é)
IO.inspect(<<?h, ?i>>)
IO.inspect('héllo')
IO.inspect(String.to_charlist("héllo"))
IO.inspect(List.to_string([104, 233, 108]))
IO.inspect(to_charlist(123))
IO.inspect(Enum.map('abc', &(&1 - ?a)))
IO.inspect('abc' ++ 'def')
IO.inspect(is_list('abc'))
IO.inspect([?a, ?b] == 'ab')
IO.inspect("é" <> <<0>>)
IO.inspect(<<200, 201>>)
IO.inspect(<<"abc", 0>>)
IO.inspect("tab\there")
IO.inspect("new\nline")
IO.inspect("quote\"s")
IO.inspect("\e[1m")
IO.inspect("#{<<1, 2, 3>>}")
IO.inspect([0, 1, 2])
IO.inspect([10, 13])
IO.inspect('\n\t')
IO.inspect([127])
IO.inspect([31, 32])
IO.inspect(String.codepoints("ab") |> Enum.map(fn <<c, _::binary>> -> c end))
IO.inspect(String.to_charlist("añ日"))
IO.inspect(String.to_charlist("日"))
IO.inspect(String.slice("日本語テキスト", 2, 3))
IO.inspect(String.pad_leading("日", 4, "*"))
IO.inspect(String.split("α,β,γ", ","))
IO.inspect(String.capitalize("élan"))
IO.inspect(String.downcase("ΑΒΓ"))
IO.inspect(String.printable?("abc\x01"))
IO.inspect(List.to_atom('hello'))
IO.inspect(Atom.to_charlist(:hi))
IO.inspect(Integer.to_charlist(255, 16))

# CHECK: 18
# CHECK-NEXT: 30
# CHECK-NEXT: "NAÏVE CAFÉ SS 日本語 🎉"
# CHECK-NEXT: ["é", "a"]
# CHECK-NEXT: 1
# CHECK-NEXT: ["e", "́"]
# CHECK-NEXT: "ba🎉"
# CHECK-NEXT: 97
# CHECK-NEXT: 233
# CHECK-NEXT: "hi"
# CHECK-NEXT: [104, 233, 108, 108, 111]
# CHECK-NEXT: [104, 233, 108, 108, 111]
# CHECK-NEXT: "hél"
# CHECK-NEXT: '123'
# CHECK-NEXT: [0, 1, 2]
# CHECK-NEXT: 'abcdef'
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: <<195, 169, 0>>
# CHECK-NEXT: <<200, 201>>
# CHECK-NEXT: <<97, 98, 99, 0>>
# CHECK-NEXT: "tab\there"
# CHECK-NEXT: "new\nline"
# CHECK-NEXT: "quote\"s"
# CHECK-NEXT: "\e[1m"
# CHECK-NEXT: <<1, 2, 3>>
# CHECK-NEXT: [0, 1, 2]
# CHECK-NEXT: '\n\r'
# CHECK-NEXT: '\n\t'
# CHECK-NEXT: [127]
# CHECK-NEXT: [31, 32]
# CHECK-NEXT: 'ab'
# CHECK-NEXT: [97, 241, 26085]
# CHECK-NEXT: [26085]
# CHECK-NEXT: "語テキ"
# CHECK-NEXT: "***日"
# CHECK-NEXT: ["α", "β", "γ"]
# CHECK-NEXT: "Élan"
# CHECK-NEXT: "αβγ"
# CHECK-NEXT: false
# CHECK-NEXT: :hello
# CHECK-NEXT: 'hi'
# CHECK-NEXT: 'FF'
