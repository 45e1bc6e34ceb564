# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.at/2,3, Enum.fetch/2 and Enum.fetch!/2 with positive and negative indices.
IO.inspect Enum.at([2, 4, 6], 0)
IO.inspect Enum.at([2, 4, 6], 2)
IO.inspect Enum.at([2, 4, 6], 4)
IO.inspect Enum.at([2, 4, 6], 4, :none)
IO.inspect Enum.at([2, 4, 6], -1)
IO.inspect Enum.at([2, 4, 6], -4)
IO.inspect Enum.at(1..100//7, 3)
IO.inspect Enum.at(10..1, -2)
IO.inspect Enum.at(1..1_000_000_000_000, 999_999)
IO.inspect Enum.fetch([2, 4, 6], -3)
IO.inspect Enum.fetch([2, 4, 6], 3)
IO.inspect Enum.fetch(%{a: 1}, 0)
IO.inspect Enum.fetch!([2, 4, 6], 1)
try do
  Enum.fetch!([2, 4, 6], 4)
rescue
  e in Enum.OutOfBoundsError -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
end
# CHECK: 2
# CHECK-NEXT: 6
# CHECK-NEXT: nil
# CHECK-NEXT: :none
# CHECK-NEXT: 6
# CHECK-NEXT: nil
# CHECK-NEXT: 22
# CHECK-NEXT: 2
# CHECK-NEXT: 1000000
# CHECK-NEXT: {:ok, 2}
# CHECK-NEXT: :error
# CHECK-NEXT: {:ok, {:a, 1}}
# CHECK-NEXT: 4
# CHECK-NEXT: Enum.OutOfBoundsError: out of bounds error
