# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Kernel operators and guards are real functions for apply/3 and captures.
IO.inspect(apply(Kernel, :+, [1, 2]))
IO.inspect(Enum.reduce([1, 2, 3], &Kernel.*/2))
IO.inspect(apply(Kernel, :max, [1, 2]))
IO.inspect Enum.map([1, -2], &Kernel.abs/1)
IO.inspect Enum.filter([1, :a, "b"], &Kernel.is_atom/1)
IO.inspect Enum.zip_with([1, 2], [3, 4], &Kernel.-/2)
IO.inspect apply(Kernel, :elem, [{:a, :b}, 1])
IO.inspect apply(Kernel, :length, [[1, 2]])
IO.inspect apply(Kernel, :div, [7, 2])
IO.inspect Kernel.==(1, 1.0)
IO.inspect apply(Kernel, :===, [1, 1.0])
IO.inspect Enum.map([1.5, 2.5], &Kernel.round/1)
IO.inspect 1 + 2
IO.inspect apply(Kernel, :is_function, [&Kernel.+/2, 2])
IO.inspect apply(Kernel, :not, [true])
IO.inspect Enum.sort([3, 1, 2], &Kernel.>=/2)
IO.inspect apply(Kernel, :++, [[1], [2]])
IO.inspect apply(Kernel, :=~, ["abc", "b"])
# CHECK: 3
# CHECK-NEXT: 6
# CHECK-NEXT: 2
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: [:a]
# CHECK-NEXT: [-2, -2]
# CHECK-NEXT: :b
# CHECK-NEXT: 2
# CHECK-NEXT: 3
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: [2, 3]
# CHECK-NEXT: 3
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: [3, 2, 1]
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: true
