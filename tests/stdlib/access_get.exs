# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Access.get/2,3, fetch/2, fetch!/2 and data[key] on maps, keyword lists and nil.
m = %{"s" => 2, a: %{b: 1}}
IO.inspect m[:a][:b]
IO.inspect m["s"]
IO.inspect m[:zz]
IO.inspect nil[:a]
IO.inspect [a: 1, a: 2][:a]
IO.inspect Access.get(m, :zz, :default)
IO.inspect Access.get([a: 1], :b, 3)
IO.inspect Access.fetch(m, :a)
IO.inspect Access.fetch([a: 1], :a)
IO.inspect Access.fetch(nil, :a)
IO.inspect Access.fetch!(%{a: 1}, :a)
IO.inspect Access.pop(%{a: 1, b: 2}, :a)
IO.inspect Access.pop([a: 1, a: 2, b: 3], :a)
IO.inspect Access.get_and_update(%{a: 1}, :a, fn v -> {v, v + 1} end)
IO.inspect Access.get_and_update([a: 1], :a, fn v -> {v, 2} end)
for f <- [fn -> Access.fetch!(%{}, :a) end, fn -> Access.get([a: 1], "a") end,
          fn -> Access.pop(nil, :a) end, fn -> Access.get_and_update(nil, :a, fn x -> {x, 1} end) end] do
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
# CHECK: 1
# CHECK-NEXT: 2
# CHECK-NEXT: nil
# CHECK-NEXT: nil
# CHECK-NEXT: 1
# CHECK-NEXT: :default
# CHECK-NEXT: 3
# CHECK-NEXT: {:ok, %{b: 1}}
# CHECK-NEXT: {:ok, 1}
# CHECK-NEXT: :error
# CHECK-NEXT: 1
# CHECK-NEXT: {1, %{b: 2}}
# CHECK-NEXT: {1, [b: 3]}
# CHECK-NEXT: {1, %{a: 2}}
# CHECK-NEXT: {1, [a: 2]}
# CHECK-NEXT: KeyError: key :a not found in: %{}
# CHECK-NEXT: ArgumentError: the Access calls for keywords expect the key to be an atom, got: "a"
# CHECK-NEXT: ArgumentError: could not pop key :a on a nil value
# CHECK-NEXT: ArgumentError: could not put/update key :a on a nil value
