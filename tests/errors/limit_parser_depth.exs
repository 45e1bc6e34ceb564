# RUN: python3 -c "print(\"a \" * 5000 + \"1\")" > %t.exs
# RUN: not %athanor build --emit=quoted %t.exs 2>&1 | FileCheck %s
# Grammar nesting without brackets (a chain of calls without parentheses) is limited too
# (Parser kMaxRuleDepth).
# CHECK: error: expression nested too deeply
