# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Kernel.binding/0 lists the bound variables; destructure/2 pads with nil.
defmodule B do
  def show(a, b) do
    c = a + b
    binding() |> Enum.sort() |> IO.inspect()
  end
end

B.show(1, 2)
destructure([x, y, z], [1, 2])
IO.inspect({x, y, z})
destructure([p, q], [:a, :b, :c])
IO.inspect({p, q})
destructure([n], nil)
IO.inspect(n)

# CHECK: [a: 1, b: 2, c: 3]
# CHECK-NEXT: {1, 2, nil}
# CHECK-NEXT: {:a, :b}
# CHECK-NEXT: nil
