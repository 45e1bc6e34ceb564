# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Map functions raise KeyError for missing keys and BadMapError for non-maps.
for f <- [
      fn -> Map.fetch!(%{a: 1}, :b) end,
      fn -> Map.update!(%{a: 1}, :b, & &1) end,
      fn -> Map.replace!(%{a: 1}, :b, 1) end,
      fn -> Map.pop!(%{a: 1}, :b) end,
      fn -> Map.get(:not_a_map, :a) end,
      fn -> Map.put(:not_a_map, :a, 1) end,
      fn -> Map.delete([], :a) end,
      fn -> Map.merge(%{}, 1) end,
      fn -> Map.keys(nil) end
    ] do
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
# CHECK: KeyError: key :b not found in: %{a: 1}
# CHECK-NEXT: KeyError: key :b not found in: %{a: 1}
# CHECK-NEXT: KeyError: key :b not found in: %{a: 1}
# CHECK-NEXT: KeyError: key :b not found in: %{a: 1}
# CHECK-NEXT: BadMapError: expected a map, got: :not_a_map
# CHECK-NEXT: BadMapError: expected a map, got: :not_a_map
# CHECK-NEXT: BadMapError: expected a map, got: []
# CHECK-NEXT: BadMapError: expected a map, got: 1
# CHECK-NEXT: BadMapError: expected a map, got: nil
