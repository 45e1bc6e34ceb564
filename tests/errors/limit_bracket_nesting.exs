# RUN: python3 -c "print(\"x = \" + \"[\" * 1000 + \"]\" * 1000)" > %t.exs
# RUN: not %athanor build --emit=quoted %t.exs 2>&1 | FileCheck %s
# Bracket, block and interpolation nesting is limited (TokenFilter kMaxNesting = 400), so
# absurd input is an error and never a C++ stack overflow.
# CHECK: error: nesting too deep: more than 400 nested brackets, blocks, strings or interpolations
