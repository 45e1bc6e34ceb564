# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule User do
  defstruct name: nil, age: 0, email: "", roles: [], meta: %{}
end
defmodule Point do
  defstruct [:x, :y]
end
defmodule Order do
  defstruct [:id, :secret]
end

defmodule Demo do
  def run do
    u = %User{name: "Alice", age: 30, email: "alice@example.com", roles: [:admin, :dev], meta: %{logins: 42, last: {2024, 1, 15}}}
    IO.inspect(u)
    IO.inspect(%Point{x: 1, y: 2})
    IO.inspect(%Point{})
    IO.inspect([%Point{x: 1, y: 2}, %Point{x: 3, y: 4}])
    IO.inspect(%{u | name: "Bob"}.name)
    IO.inspect(for i <- 1..4, do: %User{name: "user#{i}", age: 20 + i})
    IO.inspect(Map.from_struct(%Point{x: 0, y: 0}))
    IO.inspect(%Point{x: 1} == %Point{x: 1, y: nil})
    IO.inspect(is_struct(u), label: "is_struct")
    IO.inspect(is_struct(u, Point), label: "is Point")
    IO.inspect(u.__struct__)
    IO.inspect(struct(Point, x: 5))
    IO.inspect(struct(Point, %{y: 7, z: 9}))
    IO.puts(inspect(u))
    IO.inspect(%{point: %Point{x: 1, y: 2}, list: [1, 2, 3]}, label: "with label")
    IO.inspect({:ok, %Point{x: 1.5, y: -2.0}})
    IO.inspect(%{__struct__: NotAModule, a: 1})
    %Point{x: px} = %Point{x: 10, y: 20}
    IO.inspect(px)
    IO.inspect(Enum.map([%Point{x: 1, y: 1}, %Point{x: 2, y: 3}], fn %Point{x: x, y: y} -> x * y end))
    IO.inspect(Map.keys(%Point{x: 1, y: 2}))
    IO.inspect(Enum.map(%Point{x: 1, y: 2} |> Map.from_struct(), fn {k, v} -> {v, k} end))
  end
end

Demo.run()
IO.inspect(1..3, label: "range")
IO.inspect(MapSet.new([3, 1, 2]))
IO.inspect(MapSet.new())
IO.inspect(%ArgumentError{message: "bad"})
IO.inspect(RuntimeError.exception("oops"))
IO.inspect(KeyError.exception(key: :k, term: %{}))
IO.inspect(struct(Point, x: 1))

# CHECK: %User{
# CHECK-NEXT:   name: "Alice",
# CHECK-NEXT:   age: 30,
# CHECK-NEXT:   email: "alice@example.com",
# CHECK-NEXT:   roles: [:admin, :dev],
# CHECK-NEXT:   meta: %{last: {2024, 1, 15}, logins: 42}
# CHECK-NEXT: }
# CHECK-NEXT: %Point{x: 1, y: 2}
# CHECK-NEXT: %Point{x: nil, y: nil}
# CHECK-NEXT: [%Point{x: 1, y: 2}, %Point{x: 3, y: 4}]
# CHECK-NEXT: "Bob"
# CHECK-NEXT: [
# CHECK-NEXT:   %User{name: "user1", age: 21, email: "", roles: [], meta: %{}},
# CHECK-NEXT:   %User{name: "user2", age: 22, email: "", roles: [], meta: %{}},
# CHECK-NEXT:   %User{name: "user3", age: 23, email: "", roles: [], meta: %{}},
# CHECK-NEXT:   %User{name: "user4", age: 24, email: "", roles: [], meta: %{}}
# CHECK-NEXT: ]
# CHECK-NEXT: %{x: 0, y: 0}
# CHECK-NEXT: true
# CHECK-NEXT: is_struct: true
# CHECK-NEXT: is Point: false
# CHECK-NEXT: User
# CHECK-NEXT: %Point{x: 5, y: nil}
# CHECK-NEXT: %Point{x: nil, y: 7}
# CHECK-NEXT: %User{name: "Alice", age: 30, email: "alice@example.com", roles: [:admin, :dev], meta: %{last: {2024, 1, 15}, logins: 42}}
# CHECK-NEXT: with label: %{list: [1, 2, 3], point: %Point{x: 1, y: 2}}
# CHECK-NEXT: {:ok, %Point{x: 1.5, y: -2.0}}
# CHECK-NEXT: %{__struct__: NotAModule, a: 1}
# CHECK-NEXT: 10
# CHECK-NEXT: [1, 6]
# CHECK-NEXT: [:__struct__, :x, :y]
# CHECK-NEXT: [{1, :x}, {2, :y}]
# CHECK-NEXT: range: 1..3
# CHECK-NEXT: MapSet.new([1, 2, 3])
# CHECK-NEXT: MapSet.new([])
# CHECK-NEXT: %ArgumentError{message: "bad"}
# CHECK-NEXT: %RuntimeError{message: "oops"}
# CHECK-NEXT: %KeyError{key: :k, term: %{}, message: nil}
# CHECK-NEXT: %Point{x: 1, y: nil}
