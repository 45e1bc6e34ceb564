# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: FileCheck --match-full-lines --input-file %t.out %s
defmodule Search do
  def find(list, target) do
    Enum.each(list, fn x -> if x == target, do: throw({:found, x}) end)
    :not_found
  end
end
IO.inspect(Search.find([1, 2, 3], 9))
IO.puts("about to throw uncaught")
Search.find([1, 2, 3], 2)
IO.puts("unreachable")

# CHECK: :not_found
# CHECK-NEXT: about to throw uncaught
