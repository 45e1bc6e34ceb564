# RUN: python3 -c "print('x = ' + ' + '.join(['1'] * 3000))" > %t.plus.exs
# RUN: not %athanor build --emit=core %t.plus.exs 2>&1 | FileCheck %s
# RUN: python3 -c "print('x = 1' + ' |> abs()' * 3000)" > %t.pipe.exs
# RUN: not %athanor build --emit=core %t.pipe.exs 2>&1 | FileCheck %s
# RUN: python3 -c "print('x = ' + ' <> '.join(['\"a\"'] * 3000))" > %t.concat.exs
# RUN: not %athanor build --emit=core %t.concat.exs 2>&1 | FileCheck %s
# RUN: python3 -c "print('x = ' + 'not ' * 3000 + 'true')" > %t.not.exs
# RUN: not %athanor build --emit=core %t.not.exs 2>&1 | FileCheck %s
# RUN: python3 -c "print('defmodule M do\n  def f(x) when ' + ' or '.join(['x'] * 3000) + ', do: 1\nend')" > %t.guard.exs
# RUN: not %athanor build --emit=core %t.guard.exs 2>&1 | FileCheck %s
# RUN: python3 -c "print('x = 1\n' + 'case x do\n  _ -> ' * 300 + 'x' + '\nend' * 300)" > %t.case.exs
# RUN: not %athanor build --emit=core %t.case.exs 2>&1 | FileCheck %s
# Chains of operators, pipes and dot calls are loops in the grammar and cost the parser no
# depth, but they build deep ASTs, which sema and lowering walk recursively: the AST's depth
# is limited (Parser kMaxAstDepth), so absurd input is an error and never a C++ stack
# overflow. (Elixir has no such limit; no real program comes near it.)
# CHECK: error: expression nested too deeply (the compiler's limit is 1000 levels of nested calls, operators and containers)
