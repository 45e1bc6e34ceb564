# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Regex.run/scan/match? with classes, quantifiers, groups, anchors, lookarounds, backreferences and flags.
IO.inspect Regex.run(Regex.compile!("(a)(b)?"), "xac")
IO.inspect Regex.run(Regex.compile!("(a)(b)?"), "xac", return: :index)
IO.inspect Regex.run(Regex.compile!("(a)(b)?(c)"), "xac")
IO.inspect Regex.scan(Regex.compile!("a(.)"), "abacad")
IO.inspect Regex.scan(Regex.compile!("x*"), "axxb")
IO.inspect Regex.run(Regex.compile!("^b", "m"), "a\nb")
IO.inspect Regex.match?(Regex.compile!("é", "u"), "café")
IO.inspect Regex.run(Regex.compile!(".", "u"), "é"); IO.inspect Regex.run(Regex.compile!("."), "é")
IO.inspect Regex.run(Regex.compile!("a"), "bab", capture: :none)
IO.inspect Regex.run(Regex.compile!("(a)(b)"), "ab", capture: :all_but_first)
IO.inspect Regex.run(Regex.compile!("(?<x>a)(b)"), "ab", capture: :all_names)
IO.inspect Regex.scan(Regex.compile!("\\d+"), "a12b345", return: :index)
IO.inspect Regex.run(Regex.compile!("(\\d{2,3})-(\\w+?)x"), "a1234-abcx")
IO.inspect Regex.run(Regex.compile!("[a-c]+[^a-c]"), "zzabcabd")
IO.inspect Regex.run(Regex.compile!("(foo|bar)baz"), "xbarbaz")
IO.inspect Regex.run(Regex.compile!("\\bword\\b"), "a word here")
IO.inspect Regex.run(Regex.compile!("(a+)\\1"), "aaaa")
IO.inspect Regex.run(Regex.compile!("x(?=y)"), "xzxy", return: :index)
IO.inspect Regex.run(Regex.compile!("(?<!a)b"), "abcb", return: :index)
IO.inspect Regex.run(Regex.compile!("(?i)hello"), "HeLLo")
IO.inspect Regex.run(Regex.compile!("a b # comment\n c", "x"), "abc")
IO.inspect Regex.run(Regex.compile!("[[:alpha:]]+"), "123abc456")
IO.inspect Regex.run(Regex.compile!("a.c", "s"), "a\nc")
IO.inspect Regex.run(Regex.compile!("a.c"), "a\nc")
IO.inspect Regex.run(Regex.compile!("colou?r"), "my colour")
IO.inspect Regex.run(Regex.compile!("a{2}"), "caaat")
IO.inspect Regex.run(Regex.compile!("a{2,}"), "caaaat")
IO.inspect Regex.run(Regex.compile!("\\s+"), "a \t b")
IO.inspect Regex.run(Regex.compile!("^\\s*$"), "   ")
IO.inspect Regex.run(Regex.compile!("(\\d+)\\.(\\d+)"), "v1.22")
IO.inspect Regex.scan(Regex.compile!("[aeiou]"), "education") |> length()
IO.inspect Regex.run(Regex.compile!("a.*b"), "aXbYb")
IO.inspect Regex.run(Regex.compile!("a.*?b"), "aXbYb")
IO.inspect Regex.run(Regex.compile!("^(\\w+)@(\\w+)\\.com$"), "joe@site.com")
IO.inspect Regex.match?(Regex.compile!("^[A-Z][a-z]+$"), "Hello")
IO.inspect Regex.run(Regex.compile!("\\$(\\d+)"), "cost: $42")
IO.inspect Regex.run(Regex.compile!("[\\d.]+"), "v 3.14 x")
IO.inspect Regex.run(Regex.compile!("[-a]+"), "x--a-y")
IO.inspect Regex.run(Regex.compile!("(?:ab)+"), "ababc")
IO.inspect Regex.run(Regex.compile!("\\Aab\\z"), "ab")
IO.inspect Regex.run(Regex.compile!("ab$"), "ab\n", return: :index)
IO.inspect Regex.scan(Regex.compile!(""), "ab", return: :index)
IO.inspect Regex.run(Regex.compile!("[^\\s]+"), "  xyz ")
IO.inspect Regex.run(Regex.compile!("\\x41\\x{42}"), "zAB")
IO.inspect Regex.run(Regex.compile!("a|b|"), "c", return: :index)
IO.inspect Regex.run(Regex.compile!("(a|ab)(c|bcd)(d*)"), "abcd")
IO.inspect Regex.run(Regex.compile!("[A-Z]", "i"), "x")
# CHECK: ["a", "a"]
# CHECK-NEXT: [{1, 1}, {1, 1}]
# CHECK-NEXT: ["ac", "a", "", "c"]
# CHECK-NEXT: {{\[\[}}"ab", "b"], ["ac", "c"], ["ad", "d"]]
# CHECK-NEXT: {{\[\[}}""], ["xx"], [""], [""]]
# CHECK-NEXT: ["b"]
# CHECK-NEXT: true
# CHECK-NEXT: ["é"]
# CHECK-NEXT: [<<195>>]
# CHECK-NEXT: []
# CHECK-NEXT: ["a", "b"]
# CHECK-NEXT: ["a"]
# CHECK-NEXT: {{\[\[}}{1, 2}], [{4, 3}]]
# CHECK-NEXT: ["234-abcx", "234", "abc"]
# CHECK-NEXT: ["abcabd"]
# CHECK-NEXT: ["barbaz", "bar"]
# CHECK-NEXT: ["word"]
# CHECK-NEXT: ["aaaa", "aa"]
# CHECK-NEXT: [{2, 1}]
# CHECK-NEXT: [{3, 1}]
# CHECK-NEXT: ["HeLLo"]
# CHECK-NEXT: ["abc"]
# CHECK-NEXT: ["abc"]
# CHECK-NEXT: ["a\nc"]
# CHECK-NEXT: nil
# CHECK-NEXT: ["colour"]
# CHECK-NEXT: ["aa"]
# CHECK-NEXT: ["aaaa"]
# CHECK-NEXT: [" \t "]
# CHECK-NEXT: ["   "]
# CHECK-NEXT: ["1.22", "1", "22"]
# CHECK-NEXT: 5
# CHECK-NEXT: ["aXbYb"]
# CHECK-NEXT: ["aXb"]
# CHECK-NEXT: ["joe@site.com", "joe", "site"]
# CHECK-NEXT: true
# CHECK-NEXT: ["$42", "42"]
# CHECK-NEXT: ["3.14"]
# CHECK-NEXT: ["--a-"]
# CHECK-NEXT: ["abab"]
# CHECK-NEXT: ["ab"]
# CHECK-NEXT: [{0, 2}]
# CHECK-NEXT: {{\[\[}}{0, 0}], [{1, 0}], [{2, 0}]]
# CHECK-NEXT: ["xyz"]
# CHECK-NEXT: ["AB"]
# CHECK-NEXT: [{0, 0}]
# CHECK-NEXT: ["abcd", "a", "bcd", ""]
# CHECK-NEXT: ["x"]
