# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Function.identity/1 and Function.info/2.
IO.inspect Function.identity(5)
IO.inspect Enum.map([1, 2], &Function.identity/1)
IO.inspect Function.info(&Enum.map/2, :arity)
IO.inspect Function.info(&Enum.map/2, :module)
IO.inspect Function.info(&Enum.map/2, :name)
IO.inspect Function.info(&Enum.map/2, :type)
f = fn x, y -> x + y end
IO.inspect Function.info(f, :arity)
IO.inspect Function.info(f, :type)
c = Function.capture(Enum, :count, 1)
IO.inspect c.([1, 2, 3])
IO.inspect is_function(c, 1)
# CHECK: 5
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: {:arity, 2}
# CHECK-NEXT: {:module, Enum}
# CHECK-NEXT: {:name, :map}
# CHECK-NEXT: {:type, :external}
# CHECK-NEXT: {:arity, 2}
# CHECK-NEXT: {:type, :local}
# CHECK-NEXT: 3
# CHECK-NEXT: true
