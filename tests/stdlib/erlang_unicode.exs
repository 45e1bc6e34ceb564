# RUN: %athanor run %s | FileCheck --match-full-lines %s
# :unicode.characters_to_binary/1 and characters_to_list/1; Integer.to_charlist on a non-integer.
IO.inspect :unicode.characters_to_binary([26085, "a"])
IO.inspect :unicode.characters_to_list("日a")
IO.inspect Integer.to_charlist(5)
IO.inspect (try do Integer.to_charlist(:x) rescue e -> e.__struct__ end)
# CHECK: "日a"
# CHECK-NEXT: [26085, 97]
# CHECK-NEXT: '5'
# CHECK-NEXT: ArgumentError
