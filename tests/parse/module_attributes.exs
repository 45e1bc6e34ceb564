# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Module attributes: `@` binds to the name before `.` and `[]`.
@doc "text"
@foo.bar
@foo[1]
@spec f(integer) :: integer
# CHECK: {:__block__, [], [{:@, [], [{:doc, [], ["text"]}]}, {{\{\{}}:., [], [{:@, [], [{:foo, [], nil}]}, :bar]}, [], []}, {{\{\{}}:., [], [Access, :get]}, [], [{:@, [], [{:foo, [], nil}]}, 1]}, {:@, [], [{:spec, [], [{:"::", [], [{:f, [], [{:integer, [], nil}]}, {:integer, [], nil}]}]}]}]}
