# RUN: %athanor build --emit=tokens %s | FileCheck %s
# Newlines after an operator or before `|>` and `.` are dropped; `;` is an EOE too.
x =
  a
  |> b
  .c
y; z
# CHECK: 3:1 IDENTIFIER 'x'
# CHECK-NEXT: 3:3 MATCH_OP '='
# CHECK-NEXT: 4:3 IDENTIFIER 'a'
# CHECK-NEXT: 5:3 ARROW_OP '|>'
# CHECK-NEXT: 5:6 IDENTIFIER 'b'
# CHECK-NEXT: 6:3 DOT '.'
# CHECK-NEXT: 6:4 IDENTIFIER 'c'
# CHECK-NEXT: 6:5 EOE '\n'
# CHECK-NEXT: 7:1 IDENTIFIER 'y'
# CHECK-NEXT: 7:2 EOE ';'
# CHECK-NEXT: 7:4 IDENTIFIER 'z'
