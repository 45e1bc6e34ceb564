# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.each/2 runs the function in order and returns :ok.
r = Enum.each([1, 2, 3], fn x -> IO.puts(x * 10) end)
IO.inspect r
Enum.each(3..1, &IO.puts/1)
Enum.each(%{a: 1}, fn {k, v} -> IO.puts("#{k}=#{v}") end)
IO.inspect Enum.each([], fn _ -> raise "never" end)
# CHECK: 10
# CHECK-NEXT: 20
# CHECK-NEXT: 30
# CHECK-NEXT: :ok
# CHECK-NEXT: 3
# CHECK-NEXT: 2
# CHECK-NEXT: 1
# CHECK-NEXT: a=1
# CHECK-NEXT: :ok
