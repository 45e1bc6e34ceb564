# RUN: %athanor run %s | FileCheck --match-full-lines %s
# get_in/2, put_in/3, update_in/3, get_and_update_in/3 and pop_in/2 with keys and paths.
users = %{"john" => %{age: 27}, "meg" => %{age: 23}}
IO.inspect get_in(users, ["john", :age])
IO.inspect get_in(users, ["unknown", :age])
IO.inspect put_in(users, ["john", :age], 28)
IO.inspect update_in(users, ["john", :age], &(&1 + 1))
IO.inspect get_and_update_in(users, ["john", :age], &{&1, &1 + 1})
IO.inspect pop_in(users, ["john", :age])
IO.inspect pop_in(users, ["jane", :age])
IO.inspect put_in(users["john"][:age], 30)
IO.inspect update_in(users["meg"].age, &(&1 * 2))
IO.inspect put_in([a: [b: 1]], [:a, :c], 0)
IO.inspect put_in([a: 1, b: 2], [:b], 5)
IO.inspect pop_in([a: 1], [:a])
IO.inspect pop_in(%{a: nil}, [:a, :b])
IO.inspect get_and_update_in(%{a: 1}, [:a], fn _ -> :pop end)
for f <- [fn -> put_in(%{}, [:a, :b], 0) end, fn -> pop_in(nil, [:a]) end,
          fn -> get_and_update_in(%{a: 1}, [:a], fn _ -> :bad end) end] do
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
# CHECK: 27
# CHECK-NEXT: nil
# CHECK-NEXT: %{"john" => %{age: 28}, "meg" => %{age: 23}}
# CHECK-NEXT: %{"john" => %{age: 28}, "meg" => %{age: 23}}
# CHECK-NEXT: {27, %{"john" => %{age: 28}, "meg" => %{age: 23}}}
# CHECK-NEXT: {27, %{"john" => %{}, "meg" => %{age: 23}}}
# CHECK-NEXT: {nil, %{"john" => %{age: 27}, "meg" => %{age: 23}}}
# CHECK-NEXT: %{"john" => %{age: 30}, "meg" => %{age: 23}}
# CHECK-NEXT: %{"john" => %{age: 27}, "meg" => %{age: 46}}
# CHECK-NEXT: [a: [c: 0, b: 1]]
# CHECK-NEXT: [a: 1, b: 5]
# CHECK-NEXT: {1, []}
# CHECK-NEXT: {nil, %{}}
# CHECK-NEXT: {1, %{}}
# CHECK-NEXT: ArgumentError: could not put/update key :b on a nil value
# CHECK-NEXT: ArgumentError: could not pop key :a on a nil value
# CHECK-NEXT: RuntimeError: the given function must return a two-element tuple or :pop, got: :bad
