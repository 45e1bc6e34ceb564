# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# `Foo.{A, B}` for alias/import/require of several modules.
alias Foo.{A, B}
# CHECK: {:alias, [], [{{\{\{}}:., [], [{:__aliases__, [], [:Foo]}, :{}]}, [], [{:__aliases__, [], [:A]}, {:__aliases__, [], [:B]}]}]}
