# RUN: %athanor run %s | FileCheck --match-full-lines %s
# The :binary module: part, first, last, at, copy, split, match, matches, replace, unsigned encodings.
IO.inspect :binary.split("a,b,,c", ",")
IO.inspect :binary.split("a,b,,c", ",", [:global])
IO.inspect :binary.split(",a,b,,c,", [",", ";"], [:global, :trim])
IO.inspect :binary.split(",a,b,,c,", [","], [:global, :trim_all])
IO.inspect :binary.split("abc", "x")
IO.inspect :binary.split("aXbYc", ["X", "Y"], [:global])
IO.inspect :binary.match("abcabc", "c")
IO.inspect :binary.match("abcabc", "z")
IO.inspect :binary.matches("aaaa", "aa")
IO.inspect :binary.match("abcd", ["bc", "b"])
IO.inspect :binary.match("abcd", ["b", "bc"])
IO.inspect :binary.replace("abcabc", "b", "X")
IO.inspect :binary.replace("abcabc", "b", "X", [:global])
IO.inspect :binary.copy("ab", 3)
IO.inspect :binary.first("abc"); IO.inspect :binary.last("abc"); IO.inspect :binary.at("abc", 1)
IO.inspect :binary.part("hello", 1, 3); IO.inspect :binary.part("hello", {1, 3}); IO.inspect :binary.part("hello", 5, -2)
IO.inspect :binary.bin_to_list("abc"); IO.inspect :binary.bin_to_list("abc", 1, 2)
IO.inspect :binary.decode_unsigned(<<1, 0>>); IO.inspect :binary.encode_unsigned(256)
IO.inspect :binary.decode_unsigned(<<1, 0>>, :little); IO.inspect :binary.encode_unsigned(256, :little)
IO.inspect :binary.longest_common_prefix(["abc", "abd"]); IO.inspect :binary.longest_common_suffix(["abc", "xbc"])
IO.inspect (try do :binary.first("") rescue e -> Exception.message(e) end)
IO.inspect (try do :binary.split("abc", "") rescue e -> Exception.message(e) end)
# CHECK: ["a", "b,,c"]
# CHECK-NEXT: ["a", "b", "", "c"]
# CHECK-NEXT: ["", "a", "b", "", "c"]
# CHECK-NEXT: ["a", "b", "c"]
# CHECK-NEXT: ["abc"]
# CHECK-NEXT: ["a", "b", "c"]
# CHECK-NEXT: {2, 1}
# CHECK-NEXT: :nomatch
# CHECK-NEXT: [{0, 2}, {2, 2}]
# CHECK-NEXT: {1, 2}
# CHECK-NEXT: {1, 2}
# CHECK-NEXT: "aXcabc"
# CHECK-NEXT: "aXcaXc"
# CHECK-NEXT: "ababab"
# CHECK-NEXT: 97
# CHECK-NEXT: 99
# CHECK-NEXT: 98
# CHECK-NEXT: "ell"
# CHECK-NEXT: "ell"
# CHECK-NEXT: "lo"
# CHECK-NEXT: 'abc'
# CHECK-NEXT: 'bc'
# CHECK-NEXT: 256
# CHECK-NEXT: <<1, 0>>
# CHECK-NEXT: 1
# CHECK-NEXT: <<0, 1>>
# CHECK-NEXT: 2
# CHECK-NEXT: 2
# CHECK-NEXT: "errors were found at the given arguments:\n\n  * 1st argument: a zero-sized binary is not allowed\n"
# CHECK-NEXT: "errors were found at the given arguments:\n\n  * 2nd argument: not a valid pattern\n"
