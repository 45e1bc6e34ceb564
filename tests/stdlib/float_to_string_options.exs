# RUN: %athanor run %s | FileCheck --match-full-lines %s
# The deprecated Float.to_string/2 and to_char_list/2 take :erlang.float_to_binary/2 options.
IO.inspect Float.to_string(1.23456, decimals: 2)
IO.inspect Float.to_string(1.5, decimals: 3, compact: true)
IO.inspect Float.to_string(1.5, decimals: 3, compact: false)
IO.inspect Float.to_string(1.0e10, scientific: 3)
IO.inspect Float.to_char_list(1.5, decimals: 1)
# CHECK: "1.23"
# CHECK-NEXT: "1.5"
# CHECK-NEXT: "1.500"
# CHECK-NEXT: "1.000e+10"
# CHECK-NEXT: '1.5'
