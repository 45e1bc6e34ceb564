# RUN: %athanor run %s | FileCheck --match-full-lines %s
s = "Hello, World"
IO.inspect(String.length(s))
IO.inspect(byte_size("héllo"))
IO.inspect(String.length("héllo"))
IO.inspect(String.upcase("straße"))
IO.inspect(String.downcase("ÀÉÎ"))
IO.inspect(String.capitalize("hELLO wORLD"))
IO.inspect(String.reverse("héllo"))
IO.inspect(String.slice(s, 0, 5))
IO.inspect(String.slice(s, -5, 3))
IO.inspect(String.slice(s, 100, 2))
IO.inspect(String.at(s, 4))
IO.inspect(String.at(s, -1))
IO.inspect(String.at(s, 50))
IO.inspect(String.first(""))
IO.inspect(String.split("a,b,,c", ","))
IO.inspect(String.split("a,b,,c", ",", trim: true))
IO.inspect(String.split("a b  c"))
IO.inspect(String.split("a-b-c-d", "-", parts: 2))
IO.inspect(String.split("abc", ""))
IO.inspect(String.split("a|b;c", ["|", ";"]))
IO.inspect(String.split_at("abcdef", 2))
IO.inspect(String.split_at("abcdef", -2))
IO.inspect(String.replace("aaa", "a", "b"))
IO.inspect(String.replace("aaa", "a", "b", global: false))
IO.inspect(String.replace("hello", "", "."))
IO.inspect(String.trim("  x y  \n"))
IO.inspect(String.trim_leading("xxabcxx", "x"))
IO.inspect(String.trim_trailing("xxabcxx", "x"))
IO.inspect(String.pad_leading("42", 6, "0"))
IO.inspect(String.pad_trailing("ab", 5, "-="))
IO.inspect(String.pad_leading("toolong", 3))
IO.inspect(String.duplicate("ab", 3))
IO.inspect(String.starts_with?(s, ["Hi", "Hel"]))
IO.inspect(String.ends_with?(s, "ld"))
IO.inspect(String.contains?(s, ["xyz", "lo, "]))
IO.inspect(String.to_integer("-123"))
IO.inspect(String.to_integer("ff", 16))
IO.inspect(String.to_float("3.25"))
IO.inspect(Integer.parse("12abc"))
IO.inspect(Float.parse("1.5e3xyz"))
IO.inspect(Integer.parse("abc"))
IO.inspect(String.graphemes("añb"))
IO.inspect(String.codepoints("日本"))
IO.inspect(String.to_charlist("abc"))
IO.inspect(String.to_atom("dynamic_atom"))
IO.inspect(String.valid?("ok"))
IO.inspect(String.valid?(<<0xFF>>))
IO.inspect(String.replace_prefix("foobar", "foo", ""))
IO.inspect(String.replace_suffix("foobar", "bar", "baz"))
IO.inspect(String.replace_leading("aaab", "a", "x"))
IO.inspect(String.replace_trailing("baaa", "a", "y"))
IO.inspect(String.equivalent?("a", "a"))
IO.inspect(String.jaro_distance("martha", "marhta"))
IO.inspect(String.next_grapheme("abc"))
IO.inspect(String.chunk("abc12", :printable))
IO.inspect(String.splitter("a b c", " ") |> Enum.to_list())
IO.inspect(String.to_existing_atom("ok"))
IO.inspect("abc" <> "def")
IO.inspect("abc" < "abd")
IO.inspect(String.upcase("hello") |> String.reverse())

# CHECK: 12
# CHECK-NEXT: 6
# CHECK-NEXT: 5
# CHECK-NEXT: "STRASSE"
# CHECK-NEXT: "àéî"
# CHECK-NEXT: "Hello world"
# CHECK-NEXT: "olléh"
# CHECK-NEXT: "Hello"
# CHECK-NEXT: "Wor"
# CHECK-NEXT: ""
# CHECK-NEXT: "o"
# CHECK-NEXT: "d"
# CHECK-NEXT: nil
# CHECK-NEXT: nil
# CHECK-NEXT: ["a", "b", "", "c"]
# CHECK-NEXT: ["a", "b", "c"]
# CHECK-NEXT: ["a", "b", "c"]
# CHECK-NEXT: ["a", "b-c-d"]
# CHECK-NEXT: ["", "a", "b", "c", ""]
# CHECK-NEXT: ["a", "b", "c"]
# CHECK-NEXT: {"ab", "cdef"}
# CHECK-NEXT: {"abcd", "ef"}
# CHECK-NEXT: "bbb"
# CHECK-NEXT: "baa"
# CHECK-NEXT: ".h.e.l.l.o."
# CHECK-NEXT: "x y"
# CHECK-NEXT: "abcxx"
# CHECK-NEXT: "xxabc"
# CHECK-NEXT: "000042"
# CHECK-NEXT: "ab-=-"
# CHECK-NEXT: "toolong"
# CHECK-NEXT: "ababab"
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: -123
# CHECK-NEXT: 255
# CHECK-NEXT: 3.25
# CHECK-NEXT: {12, "abc"}
# CHECK-NEXT: {1500.0, "xyz"}
# CHECK-NEXT: :error
# CHECK-NEXT: ["a", "ñ", "b"]
# CHECK-NEXT: ["日", "本"]
# CHECK-NEXT: 'abc'
# CHECK-NEXT: :dynamic_atom
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: "bar"
# CHECK-NEXT: "foobaz"
# CHECK-NEXT: "xxxb"
# CHECK-NEXT: "byyy"
# CHECK-NEXT: true
# CHECK-NEXT: 0.9444444444444445
# CHECK-NEXT: {"a", "bc"}
# CHECK-NEXT: ["abc12"]
# CHECK-NEXT: ["a", "b", "c"]
# CHECK-NEXT: :ok
# CHECK-NEXT: "abcdef"
# CHECK-NEXT: true
# CHECK-NEXT: "OLLEH"
