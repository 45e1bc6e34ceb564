# RUN: %athanor run %s | FileCheck --match-full-lines %s
# List.to_atom/1, to_integer/1,2, to_float/1, to_tuple/1, to_string/1 and to_charlist/1.
IO.inspect List.to_atom('abc')
IO.inspect List.to_atom([1000])
IO.inspect List.to_integer('123')
IO.inspect List.to_integer('-42')
IO.inspect List.to_integer('ff', 16)
IO.inspect List.to_integer('1010', 2)
IO.inspect List.to_float('1.5')
IO.inspect List.to_float('-2.5e3')
IO.inspect List.to_tuple([1, [2]])
IO.inspect List.to_tuple([])
IO.inspect List.to_string([?a, "bc", [?d]])
IO.inspect List.to_string([1000, "é"])
IO.inspect List.to_string([])
IO.inspect List.to_charlist([?a, "bc"])
IO.inspect List.to_existing_atom('ok')
# CHECK: :abc
# CHECK-NEXT: :"Ϩ"
# CHECK-NEXT: 123
# CHECK-NEXT: -42
# CHECK-NEXT: 255
# CHECK-NEXT: 10
# CHECK-NEXT: 1.5
# CHECK-NEXT: -2500.0
# CHECK-NEXT: {1, [2]}
# CHECK-NEXT: {}
# CHECK-NEXT: "abcd"
# CHECK-NEXT: "Ϩé"
# CHECK-NEXT: ""
# CHECK-NEXT: 'abc'
# CHECK-NEXT: :ok
