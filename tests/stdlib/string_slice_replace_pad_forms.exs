# RUN: %athanor run %s | FileCheck --match-full-lines %s
# String.slice/2 with first > last (the 1..-1 idiom, a step of -1) slices forwards;
# String.replace/3,4 with a function replacement; padding given as a list of strings.
IO.inspect(String.slice("hello", 1..-1))
IO.inspect(String.slice("hello", 0..-2))
IO.inspect(String.slice("hello", -3..-1))
IO.inspect(String.slice("héllo wörld", 2..-3))
IO.inspect(String.slice("hello", 3..1//1))
IO.inspect(String.replace("abc", "b", fn x -> String.upcase(x) end))
IO.inspect(String.replace("a-b_c", ["-", "_"], fn x -> "<#{x}>" end))
IO.inspect(String.replace("aaa", "a", fn _ -> "b" end, global: false))
IO.inspect(String.pad_leading("7", 3, ["0"]))
IO.inspect(String.pad_trailing("ab", 6, ["x", "y"]))
IO.inspect(try do String.slice("abc", 2..0//-1) rescue e -> Exception.message(e) end)

# CHECK: "ello"
# CHECK-NEXT: "hell"
# CHECK-NEXT: "llo"
# CHECK-NEXT: "llo wör"
# CHECK-NEXT: ""
# CHECK-NEXT: "aBc"
# CHECK-NEXT: "a<->b<_>c"
# CHECK-NEXT: "baa"
# CHECK-NEXT: "007"
# CHECK-NEXT: "abxyxy"
# CHECK-NEXT: ""
