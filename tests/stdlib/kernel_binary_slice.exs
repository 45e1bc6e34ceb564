# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Kernel.binary_slice/2,3 slices bytes, with negative positions and steps.
IO.inspect binary_slice("elixir", 0, 3)
IO.inspect binary_slice("elixir", -3, 10)
IO.inspect binary_slice("elixir", 10, 3)
IO.inspect binary_slice("elixir", -10, 2)
IO.inspect binary_slice("elixir", 1..3)
IO.inspect binary_slice("elixir", -3..-1)
IO.inspect binary_slice("elixir", 1..-2//1)
IO.inspect binary_slice("elixir", 0..-1//2)
IO.inspect binary_slice("elixir", 10..12)
IO.inspect binary_slice("elixir", -10..2)
IO.inspect binary_slice("elixir", 2..1//1)
IO.inspect binary_slice("elixir", 1..10//3)
IO.inspect binary_slice("", 0..1)
IO.inspect binary_slice("héllo", 1, 2)
for range <- [4..2, 1..-1] do
  try do
    binary_slice("elixir", range)
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end
# CHECK: "eli"
# CHECK-NEXT: "xir"
# CHECK-NEXT: ""
# CHECK-NEXT: "el"
# CHECK-NEXT: "lix"
# CHECK-NEXT: "xir"
# CHECK-NEXT: "lixi"
# CHECK-NEXT: "eii"
# CHECK-NEXT: ""
# CHECK-NEXT: "eli"
# CHECK-NEXT: ""
# CHECK-NEXT: "li"
# CHECK-NEXT: ""
# CHECK-NEXT: "é"
# CHECK-NEXT: binary_slice/2 does not accept ranges with negative steps, got: 4..2//-1
# CHECK-NEXT: binary_slice/2 does not accept ranges with negative steps, got: 1..-1//-1
