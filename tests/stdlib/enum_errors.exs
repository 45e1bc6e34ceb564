# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Non-enumerables raise Protocol.UndefinedError; bad arguments raise FunctionClauseError.
for f <- [
      fn -> Enum.map(:atom, & &1) end,
      fn -> Enum.count(12) end,
      fn -> Enum.sum({1, 2}) end,
      fn -> Enum.to_list("abc") end
    ] do
  try do
    f.()
  rescue
    e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
  end
end
for f <- [
      fn -> Enum.at([1], :a) end,
      fn -> Enum.take([1], :a) end,
      fn -> Enum.chunk_every([1], 0) end,
      fn -> Enum.join([1], :a) end,
      fn -> Enum.take_every([1, 2], -1) end
    ] do
  try do
    f.()
  rescue
    e in FunctionClauseError -> IO.puts(Exception.message(e))
  end
end
# CHECK: protocol Enumerable not implemented for :atom of type Atom
# CHECK-NEXT: protocol Enumerable not implemented for 12 of type Integer
# CHECK-NEXT: protocol Enumerable not implemented for {1, 2} of type Tuple
# CHECK-NEXT: protocol Enumerable not implemented for "abc" of type BitString
# CHECK-NEXT: no function clause matching in Enum.at/3
# CHECK-NEXT: no function clause matching in Enum.take/2
# CHECK-NEXT: no function clause matching in Enum.chunk_every/4
# CHECK-NEXT: no function clause matching in Enum.join/2
# CHECK-NEXT: no function clause matching in Enum.take_every/2
