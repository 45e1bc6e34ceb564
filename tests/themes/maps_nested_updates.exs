# RUN: %athanor run %s | FileCheck --match-full-lines %s
state = %{
  users: %{
    "alice" => %{age: 30, tags: [:admin], address: %{city: "Paris", zip: "75001"}},
    "bob" => %{age: 25, tags: [], address: %{city: "Lyon", zip: "69001"}}
  },
  count: 2
}

IO.inspect(get_in(state, [:users, "alice", :address, :city]))
IO.inspect(get_in(state, [:users, "carol", :age]))
s2 = put_in(state, [:users, "bob", :age], 26)
IO.inspect(s2.users["bob"])
s3 = update_in(state, [:users, "alice", :tags], &[:editor | &1])
IO.inspect(s3.users["alice"].tags)
s4 = put_in(state.users["alice"].address.city, "Nice")
IO.inspect(s4.users["alice"].address)
s5 = update_in(state.count, &(&1 + 1))
IO.inspect(s5.count)
{old, s6} = get_and_update_in(state, [:users, "bob", :age], fn a -> {a, a * 2} end)
IO.inspect({old, s6.users["bob"].age})
{popped, s7} = pop_in(state, [:users, "alice", :tags])
IO.inspect({popped, Map.keys(s7.users["alice"])})
IO.inspect(get_in(state, [:users, Access.key("alice"), :age]))
IO.inspect(Kernel.get_in(%{a: [10, 20, 30]}, [:a, Access.at(1)]))
IO.inspect(update_in(%{a: [10, 20, 30]}, [:a, Access.all()], &(&1 + 1)))
IO.inspect(get_in([a: [b: 1]], [:a, :b]))
IO.inspect(put_in([a: [b: 1]], [:a, :b], 2))
IO.inspect(Map.update!(state, :count, &(&1 * 100)).count)

defmodule Inventory do
  def add(inv, item, qty) do
    Map.update(inv, item, qty, &(&1 + qty))
  end
  def remove(inv, item, qty) do
    case Map.fetch(inv, item) do
      {:ok, have} when have > qty -> {:ok, %{inv | item => have - qty}}
      {:ok, have} when have == qty -> {:ok, Map.delete(inv, item)}
      {:ok, have} -> {:error, {:insufficient, item, have}}
      :error -> {:error, {:unknown, item}}
    end
  end
end

inv = %{} |> Inventory.add(:apple, 5) |> Inventory.add(:pear, 2) |> Inventory.add(:apple, 3)
IO.inspect(inv)
IO.inspect(Inventory.remove(inv, :apple, 8))
IO.inspect(Inventory.remove(inv, :pear, 1))
IO.inspect(Inventory.remove(inv, :pear, 10))
IO.inspect(Inventory.remove(inv, :kiwi, 1))

deep = Enum.reduce(1..4, %{}, fn i, acc -> %{level: i, child: acc} end)
IO.inspect(deep)
IO.inspect(get_in(deep, [:child, :child, :level]))
IO.inspect(%{%{a: 1} => :map_key, {1, 2} => :tuple_key})
IO.inspect(Map.merge(%{a: %{x: 1}}, %{a: %{y: 2}}, fn _, l, r -> Map.merge(l, r) end))

# CHECK: "Paris"
# CHECK-NEXT: nil
# CHECK-NEXT: %{address: %{city: "Lyon", zip: "69001"}, age: 26, tags: []}
# CHECK-NEXT: [:editor, :admin]
# CHECK-NEXT: %{city: "Nice", zip: "75001"}
# CHECK-NEXT: 3
# CHECK-NEXT: {25, 50}
# CHECK-NEXT: {[:admin], [:address, :age]}
# CHECK-NEXT: 30
# CHECK-NEXT: 20
# CHECK-NEXT: %{a: [11, 21, 31]}
# CHECK-NEXT: 1
# CHECK-NEXT: [a: [b: 2]]
# CHECK-NEXT: 200
# CHECK-NEXT: %{apple: 8, pear: 2}
# CHECK-NEXT: {:ok, %{pear: 2}}
# CHECK-NEXT: {:ok, %{apple: 8, pear: 1}}
# CHECK-NEXT: {:error, {:insufficient, :pear, 2}}
# CHECK-NEXT: {:error, {:unknown, :kiwi}}
# CHECK-NEXT: %{
# CHECK-NEXT:   child: %{child: %{child: %{child: %{}, level: 1}, level: 2}, level: 3},
# CHECK-NEXT:   level: 4
# CHECK-NEXT: }
# CHECK-NEXT: 2
# CHECK-NEXT: %{{\{\{}}1, 2} => :tuple_key, %{a: 1} => :map_key}
# CHECK-NEXT: %{a: %{x: 1, y: 2}}
