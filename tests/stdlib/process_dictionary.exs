# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Process.put/2, get/1,2, get_keys/1, delete/1.
IO.inspect Process.get(:x)
IO.inspect Process.get(:x, 5)
IO.inspect Process.put(:x, 1)
IO.inspect Process.put(:x, 2)
IO.inspect Process.get(:x)
IO.inspect Process.put(:y, 2)
IO.inspect Enum.sort(Process.get_keys(2))
IO.inspect Process.delete(:x)
IO.inspect Process.delete(:x)
IO.inspect Process.get(:x, :gone)
# CHECK: nil
# CHECK-NEXT: 5
# CHECK-NEXT: nil
# CHECK-NEXT: 1
# CHECK-NEXT: 2
# CHECK-NEXT: nil
# CHECK-NEXT: [:x, :y]
# CHECK-NEXT: 2
# CHECK-NEXT: nil
# CHECK-NEXT: :gone
