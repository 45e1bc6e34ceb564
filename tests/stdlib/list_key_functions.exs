# RUN: %athanor run %s | FileCheck --match-full-lines %s
# List.keyfind/3,4, keyfind!/3, keymember?/3, keydelete/3, keyreplace/4, keystore/4, keytake/3.
list = [a: 1, b: 2, a: 3]
IO.inspect List.keyfind(list, :a, 0)
IO.inspect List.keyfind(list, 2, 1)
IO.inspect List.keyfind(list, :c, 0)
IO.inspect List.keyfind(list, :c, 0, :none)
IO.inspect List.keyfind!(list, :b, 0)
IO.inspect List.keymember?(list, :b, 0)
IO.inspect List.keymember?(list, 3, 1)
IO.inspect List.keymember?(list, :z, 0)
IO.inspect List.keydelete(list, :a, 0)
IO.inspect List.keydelete(list, :z, 0)
IO.inspect List.keyreplace(list, :a, 0, {:a, 9})
IO.inspect List.keyreplace(list, :z, 0, {:z, 9})
IO.inspect List.keystore(list, :b, 0, {:b, 20})
IO.inspect List.keystore(list, :z, 0, {:z, 26})
IO.inspect List.keytake(list, :a, 0)
IO.inspect List.keytake(list, :z, 0)
IO.inspect List.keyfind([{1, 2, 3}], 3, 2)
try do
  List.keyfind!(list, :z, 0)
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
# CHECK: {:a, 1}
# CHECK-NEXT: {:b, 2}
# CHECK-NEXT: nil
# CHECK-NEXT: :none
# CHECK-NEXT: {:b, 2}
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: [b: 2, a: 3]
# CHECK-NEXT: [a: 1, b: 2, a: 3]
# CHECK-NEXT: [a: 9, b: 2, a: 3]
# CHECK-NEXT: [a: 1, b: 2, a: 3]
# CHECK-NEXT: [a: 1, b: 20, a: 3]
# CHECK-NEXT: [a: 1, b: 2, a: 3, z: 26]
# CHECK-NEXT: {{\{\{}}:a, 1}, [b: 2, a: 3]}
# CHECK-NEXT: nil
# CHECK-NEXT: {1, 2, 3}
# CHECK-NEXT: key :z at position 0 not found in: [a: 1, b: 2, a: 3]
