# RUN: %athanor run %s | FileCheck --match-full-lines %s
# List, Map, Keyword and MapSet functions given bad arguments raise like Elixir 1.14.
defmodule T do
  def r(f) do
    try do
      IO.inspect f.()
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
  end
end

T.r(fn -> List.first(:a) end)
T.r(fn -> List.last(:a) end)
T.r(fn -> List.delete(:a, 1) end)
T.r(fn -> List.insert_at(:a, 0, 1) end)
T.r(fn -> List.duplicate(1, -1) end)
T.r(fn -> List.to_integer('1x') end)
T.r(fn -> List.keyfind(:a, 1, 0) end)
T.r(fn -> List.wrap(nil) end)
T.r(fn -> List.zip([[1], :a]) end)
T.r(fn -> List.flatten(:a) end)
T.r(fn -> Map.get(1, :a) end)
T.r(fn -> Map.fetch(1, :a) end)
T.r(fn -> Map.new(1) end)
T.r(fn -> Map.keys(1) end)
T.r(fn -> Map.merge(1, %{}) end)
T.r(fn -> Map.put_new(1, :a, 1) end)
T.r(fn -> Map.update(1, :a, 1, & &1) end)
T.r(fn -> Map.split(1, []) end)
T.r(fn -> Map.take(1, []) end)
T.r(fn -> Map.drop(1, []) end)
T.r(fn -> Map.equal?(1, %{}) end)
T.r(fn -> Map.from_struct(%{}) end)
T.r(fn -> Map.filter(1, & &1) end)
T.r(fn -> Map.pop!(%{}, :a) end)
T.r(fn -> Keyword.get([a: 1], 1) end)
T.r(fn -> Keyword.get(:a, :a) end)
T.r(fn -> Keyword.keys(:a) end)
T.r(fn -> Keyword.merge(:a, []) end)
T.r(fn -> Keyword.new(1) end)
T.r(fn -> Keyword.put([], "a", 1) end)
T.r(fn -> Keyword.fetch!([], :a) end)
T.r(fn -> Keyword.validate(:a, []) end)
T.r(fn -> MapSet.new(1) end)
T.r(fn -> MapSet.put([], 1) end)
T.r(fn -> MapSet.union(MapSet.new, []) end)
T.r(fn -> MapSet.size(%{}) end)
# CHECK: FunctionClauseError: no function clause matching in List.first/2
# CHECK-NEXT: CaseClauseError: no case clause matching: {:a, nil}
# CHECK-NEXT: FunctionClauseError: no function clause matching in List.delete/2
# CHECK-NEXT: FunctionClauseError: no function clause matching in List.insert_at/3
# CHECK-NEXT: FunctionClauseError: no function clause matching in :lists.duplicate/2
# CHECK-NEXT: ArgumentError: errors were found at the given arguments:
# CHECK-EMPTY:
# CHECK-NEXT:   * 1st argument: not a textual representation of an integer
# CHECK-EMPTY:
# CHECK-NEXT: ArgumentError: errors were found at the given arguments:
# CHECK-EMPTY:
# CHECK-NEXT:   * 3rd argument: not a list
# CHECK-EMPTY:
# CHECK-NEXT: []
# CHECK-NEXT: FunctionClauseError: no function clause matching in List.to_list/1
# CHECK-NEXT: FunctionClauseError: no function clause matching in :lists.flatten/1
# CHECK-NEXT: BadMapError: expected a map, got: 1
# CHECK-NEXT: BadMapError: expected a map, got: 1
# CHECK-NEXT: Protocol.UndefinedError: protocol Enumerable not implemented for 1 of type Integer
# CHECK-NEXT: BadMapError: expected a map, got: 1
# CHECK-NEXT: BadMapError: expected a map, got: 1
# CHECK-NEXT: BadMapError: expected a map, got: 1
# CHECK-NEXT: BadMapError: expected a map, got: 1
# CHECK-NEXT: BadMapError: expected a map, got: 1
# CHECK-NEXT: BadMapError: expected a map, got: 1
# CHECK-NEXT: BadMapError: expected a map, got: 1
# CHECK-NEXT: BadMapError: expected a map, got: 1
# CHECK-NEXT: FunctionClauseError: no function clause matching in Map.from_struct/1
# CHECK-NEXT: FunctionClauseError: no function clause matching in Map.filter/2
# CHECK-NEXT: KeyError: key :a not found in: %{}
# CHECK-NEXT: FunctionClauseError: no function clause matching in Keyword.get/3
# CHECK-NEXT: FunctionClauseError: no function clause matching in Keyword.get/3
# CHECK-NEXT: FunctionClauseError: no function clause matching in Keyword.keys/1
# CHECK-NEXT: FunctionClauseError: no function clause matching in Keyword.merge/2
# CHECK-NEXT: Protocol.UndefinedError: protocol Enumerable not implemented for 1 of type Integer
# CHECK-NEXT: FunctionClauseError: no function clause matching in Keyword.put/3
# CHECK-NEXT: KeyError: key :a not found in: []
# CHECK-NEXT: FunctionClauseError: no function clause matching in Keyword.validate/2
# CHECK-NEXT: Protocol.UndefinedError: protocol Enumerable not implemented for 1 of type Integer
# CHECK-NEXT: FunctionClauseError: no function clause matching in MapSet.put/2
# CHECK-NEXT: FunctionClauseError: no function clause matching in MapSet.union/2
# CHECK-NEXT: FunctionClauseError: no function clause matching in MapSet.size/1
