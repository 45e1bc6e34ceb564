# RUN: %athanor run %s | FileCheck --match-full-lines %s
# String.Chars.to_string/1, Node.self/0, Code.ensure_loaded?/1 and friends.
IO.inspect String.Chars.to_string(5); IO.inspect String.Chars.to_string([?a])
IO.inspect Node.self(); IO.inspect Node.alive?(); IO.inspect Node.list()
IO.inspect Code.ensure_loaded?(Enum); IO.inspect Code.ensure_loaded?(Nope); IO.inspect Code.ensure_loaded(Enum); IO.inspect Code.ensure_loaded(Nope)
IO.inspect Code.ensure_compiled(Enum)
IO.inspect Code.ensure_loaded?(String)
IO.inspect Code.ensure_loaded?(:lists)
# CHECK: "5"
# CHECK-NEXT: "a"
# CHECK-NEXT: :nonode@nohost
# CHECK-NEXT: false
# CHECK-NEXT: []
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: {:module, Enum}
# CHECK-NEXT: {:error, :nofile}
# CHECK-NEXT: {:module, Enum}
# CHECK-NEXT: true
# CHECK-NEXT: true
