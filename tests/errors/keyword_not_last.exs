# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# Keyword pairs must come last in a list.
# CHECK: [[@LINE+1]]:10: error: unexpected expression after keyword list. Keyword lists must always come last in lists and maps.
x = [a: 1, 2]
