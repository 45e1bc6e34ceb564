# RUN: %athanor build --emit=tokens %s | FileCheck %s
# --emit=tokens shows the filtered stream: spacing decides unary vs binary `-`, calls vs
# accesses, and a run of newlines and `;` becomes one EOE.
f -1
f - 1
m[k]
g [k]


x = not a in b; &1
# CHECK: [[@LINE-7]]:1 OP_IDENT 'f'
# CHECK-NEXT: [[@LINE-8]]:3 DUAL_PREFIX '-'
# CHECK-NEXT: [[@LINE-9]]:4 INTEGER '1'
# CHECK-NEXT: [[@LINE-10]]:5 EOE '\n'
# CHECK-NEXT: [[@LINE-10]]:1 IDENTIFIER 'f'
# CHECK-NEXT: [[@LINE-11]]:3 DUAL_OP '-'
# CHECK-NEXT: [[@LINE-12]]:5 INTEGER '1'
# CHECK-NEXT: [[@LINE-13]]:6 EOE '\n'
# CHECK-NEXT: [[@LINE-13]]:1 BRACKET_IDENT 'm'
# CHECK-NEXT: [[@LINE-14]]:2 LBRACKET_ACCESS '['
# CHECK: [[@LINE-14]]:1 IDENTIFIER 'g'
# CHECK-NEXT: [[@LINE-15]]:3 LBRACKET '['
# CHECK: [[@LINE-16]]:6 EOE '\n'
# CHECK-NEXT: [[@LINE-14]]:1 IDENTIFIER 'x'
# CHECK: [[@LINE-15]]:5 UNARY_OP 'not'
# CHECK-NEXT: [[@LINE-16]]:9 IDENTIFIER 'a'
# CHECK-NEXT: [[@LINE-17]]:11 IN_OP 'in'
# CHECK: [[@LINE-18]]:15 EOE ';'
# CHECK-NEXT: [[@LINE-19]]:17 CAPTURE_INT '&'
# CHECK-NEXT: [[@LINE-20]]:18 INTEGER '1'
