# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Regex.compile/escape/split/replace/named_captures/names and compile errors.
r = Regex.compile!("a(b)?c", "i")
IO.inspect Regex.opts(r); IO.inspect Regex.source(r)
IO.inspect Regex.escape(".^$*+?()[]{}|#- \t\nabc\\")
IO.inspect Regex.compile("a(")
IO.inspect Regex.compile("a[")
IO.inspect Regex.compile("*a")
IO.inspect Regex.split(Regex.compile!(""), "abc")
IO.inspect Regex.split(Regex.compile!("-"), "-a-b--c-")
IO.inspect Regex.split(Regex.compile!("-"), "-a-b--c-", trim: true)
IO.inspect Regex.split(Regex.compile!("-"), "a-b-c", parts: 2)
IO.inspect Regex.split(Regex.compile!("(-)"), "a-b", include_captures: true)
IO.inspect Regex.replace(Regex.compile!("(a)(b)"), "abab", "\\2\\1")
IO.inspect Regex.replace(Regex.compile!("a"), "aaa", "x", global: false)
IO.inspect Regex.replace(Regex.compile!("(\\w)(\\d)"), "a1 b2", fn whole, l, d -> "#{d}#{l}(#{whole})" end)
IO.inspect Regex.named_captures(Regex.compile!("(?<year>\\d+)-(?<month>\\d+)"), "2020-05")
IO.inspect Regex.names(Regex.compile!("(?<b>x)(?<a>y)"))
IO.inspect Regex.replace(Regex.compile!("\\s+"), "a  b   c", " ")
IO.inspect Regex.split(Regex.compile!("\\s*,\\s*"), "a , b,c ,d")
IO.inspect Regex.replace(Regex.compile!("(?<w>\\w+)"), "hi you", "<\\1>")
IO.inspect Regex.regex?(r); IO.inspect Regex.regex?("x")
# CHECK: "i"
# CHECK-NEXT: "a(b)?c"
# CHECK-NEXT: "\\.\\^\\$\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\#\\-\\ \\\t\\\nabc\\\\"
# CHECK-NEXT: {:error, {'missing )', 2}}
# CHECK-NEXT: {:error, {'missing terminating ] for character class', 2}}
# CHECK-NEXT: {:error, {'nothing to repeat', 0}}
# CHECK-NEXT: ["", "a", "b", "c", ""]
# CHECK-NEXT: ["", "a", "b", "", "c", ""]
# CHECK-NEXT: ["a", "b", "c"]
# CHECK-NEXT: ["a", "b-c"]
# CHECK-NEXT: ["a", "-", "b"]
# CHECK-NEXT: "baba"
# CHECK-NEXT: "xaa"
# CHECK-NEXT: "1a(a1) 2b(b2)"
# CHECK-NEXT: %{"month" => "05", "year" => "2020"}
# CHECK-NEXT: ["a", "b"]
# CHECK-NEXT: "a b c"
# CHECK-NEXT: ["a", "b", "c", "d"]
# CHECK-NEXT: "<hi> <you>"
# CHECK-NEXT: true
# CHECK-NEXT: false
