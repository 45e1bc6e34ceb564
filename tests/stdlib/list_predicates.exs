# RUN: %athanor run %s | FileCheck --match-full-lines %s
# List.starts_with?/2, List.improper?/1 and List.ascii_printable?/1,2.
IO.inspect List.starts_with?([1, 2, 3], [1, 2])
IO.inspect List.starts_with?([1, 2], [1, 2, 3])
IO.inspect List.starts_with?([:alpha], [])
IO.inspect List.starts_with?([], [:alpha])
IO.inspect List.improper?([1 | 2])
IO.inspect List.improper?([1, 2])
IO.inspect List.improper?([])
IO.inspect List.ascii_printable?('abc')
IO.inspect List.ascii_printable?('abc' ++ [0])
IO.inspect List.ascii_printable?('a\nb\tc')
IO.inspect List.ascii_printable?('abc' ++ [0], 3)
IO.inspect List.ascii_printable?([], 0)
IO.inspect List.ascii_printable?('é')
IO.inspect List.ascii_printable?([1 | 2])
# CHECK: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: false
