# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.empty?/1 on every kind of enumerable.
IO.inspect Enum.empty?([])
IO.inspect Enum.empty?([1])
IO.inspect Enum.empty?(%{})
IO.inspect Enum.empty?(%{a: 1})
IO.inspect Enum.empty?(1..0//1)
IO.inspect Enum.empty?(1..0)
IO.inspect Enum.empty?(MapSet.new())
IO.inspect Enum.empty?(MapSet.new([:a]))
# CHECK: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: false
