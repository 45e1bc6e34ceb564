# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Closures capture the values of variables when they are created.
x = 10
add = fn y -> x + y end
x = 20
IO.inspect(add.(1))
IO.inspect(x)
make = fn n -> fn m -> n * m end end
IO.inspect(make.(3).(4))

# CHECK: 11
# CHECK-NEXT: 20
# CHECK-NEXT: 12
