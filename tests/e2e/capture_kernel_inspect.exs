# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Captures of Kernel functions inspect as Elixir names them (BIFs under :erlang).
IO.inspect([&max/2, &+/2, &length/1, &is_atom/1, &inspect/1, &String.upcase/1, &elem/2])
IO.inspect(Enum.map([1, 2, 3], &(&1 * 2)) |> Enum.reduce(&+/2))

# CHECK: [&:erlang.max/2, &:erlang.+/2, &:erlang.length/1, &:erlang.is_atom/1,
# CHECK-NEXT:  &Kernel.inspect/1, &String.upcase/1, &Kernel.elem/2]
# CHECK-NEXT: 12
