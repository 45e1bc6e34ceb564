# RUN: printf 'first line\nsecond\nthird' | %athanor run %s | FileCheck --match-full-lines %s
# RUN: %athanor run %s < /dev/null | FileCheck --check-prefix=EMPTY --match-full-lines %s
# IO.read(:stdio, :line) takes one line; IO.read(:stdio, :eof) the rest of the input
# (:eof when there is none), IO.read(:stdio, :all) the same with "" for no input.
IO.inspect(IO.read(:stdio, :line))
IO.inspect(IO.read(:stdio, :eof))
IO.inspect(IO.read(:stdio, :eof))
IO.inspect(IO.read(:stdio, :all))
# CHECK: "first line\n"
# CHECK-NEXT: "second\nthird"
# CHECK-NEXT: :eof
# CHECK-NEXT: ""
# EMPTY: :eof
# EMPTY-NEXT: :eof
# EMPTY-NEXT: :eof
# EMPTY-NEXT: ""
IO.inspect(IO.stream(:stdio, :line) |> Enum.to_list())
# CHECK-NEXT: []
# EMPTY-NEXT: []
