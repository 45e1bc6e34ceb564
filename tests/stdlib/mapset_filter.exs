# RUN: %athanor run %s | FileCheck --match-full-lines %s
# MapSet.filter/2, MapSet.reject/2 and errors for non-sets.
s = MapSet.new(1..6)
IO.inspect MapSet.filter(s, &(rem(&1, 2) == 0))
IO.inspect MapSet.reject(s, &(rem(&1, 2) == 0))
IO.inspect MapSet.filter(s, fn _ -> nil end)
for f <- [fn -> MapSet.size(%{}) end, fn -> MapSet.union(MapSet.new(), [1]) end] do
  try do
    f.()
  rescue
    e in FunctionClauseError -> IO.puts(Exception.message(e))
  end
end
# CHECK: MapSet.new([2, 4, 6])
# CHECK-NEXT: MapSet.new([1, 3, 5])
# CHECK-NEXT: MapSet.new([])
# CHECK-NEXT: no function clause matching in MapSet.size/1
# CHECK-NEXT: no function clause matching in MapSet.union/2
