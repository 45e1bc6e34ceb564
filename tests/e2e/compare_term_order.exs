# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Erlang term order across types, and == versus ===.
IO.inspect(1 < :a)
IO.inspect(:a < {1})
IO.inspect({1, 2} < [1])
IO.inspect([1] < "a")
IO.inspect(1 == 1.0)
IO.inspect(1 === 1.0)
IO.inspect(Enum.sort([:b, 3, "x", {1}, [2], 1.5]))

# CHECK: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: [1.5, 3, :b, {1}, [2], "x"]
