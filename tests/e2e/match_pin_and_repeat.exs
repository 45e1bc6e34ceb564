# RUN: %athanor run %s | FileCheck --match-full-lines %s
# The pin operator and a variable repeated in one pattern.
x = 1
case {1, 2} do
  {^x, y} -> IO.inspect({:pinned, y})
end
case {3, 3} do
  {z, z} -> IO.inspect({:same, z})
end
case {3, 4} do
  {z, z} -> IO.inspect(:same)
  _ -> IO.inspect(:different)
end

# CHECK: {:pinned, 2}
# CHECK-NEXT: {:same, 3}
# CHECK-NEXT: :different
