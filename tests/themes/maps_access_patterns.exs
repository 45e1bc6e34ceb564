# RUN: %athanor run %s | FileCheck --match-full-lines %s
config = %{
  "server" => %{"host" => "localhost", "ports" => [80, 443]},
  "db" => %{"name" => "app", "pool" => %{"size" => 5, "overflow" => 2}},
  "features" => ["a", "b"]
}
IO.inspect(config["server"]["host"])
IO.inspect(config["db"]["pool"]["size"])
IO.inspect(config["nope"]["deeper"])
IO.inspect(get_in(config, ["db", "pool", "overflow"]))
IO.inspect(get_in(config, ["server", "ports", Access.at(1)]))
IO.inspect(get_in(config, ["features", Access.all()]))
IO.inspect(update_in(config, ["server", "ports", Access.all()], &(&1 + 8000))["server"])
IO.inspect(put_in(config, ["db", "pool", "size"], 10)["db"])
IO.inspect(Map.update(config, "features", [], &["z" | &1])["features"])
{old, new} = get_and_update_in(config, ["db", "name"], &{&1, String.upcase(&1)})
IO.inspect({old, new["db"]["name"]})
IO.inspect(pop_in(config, ["db", "pool"]) |> elem(0))
kw = [db: [user: "root", pass: "secret"], port: 5432]
IO.inspect(kw[:db][:user])
IO.inspect(put_in(kw, [:db, :pass], "***"))
IO.inspect(update_in(kw, [:port], &(&1 + 1)))
list_of_maps = [%{n: 1, tags: [:x]}, %{n: 2, tags: []}, %{n: 3, tags: [:y, :z]}]
IO.inspect(get_in(list_of_maps, [Access.all(), :n]))
IO.inspect(update_in(list_of_maps, [Access.all(), :n], &(&1 * 10)) |> Enum.map(& &1.n))
IO.inspect(get_in(list_of_maps, [Access.filter(&(&1.n > 1)), :tags]))
IO.inspect(update_in(list_of_maps, [Access.at(0), :tags], &[:new | &1]) |> hd())
IO.inspect(get_in(%{a: {1, 2, 3}}, [:a, Access.elem(2)]))
IO.inspect(put_in(%{a: {1, 2, 3}}, [:a, Access.elem(0)], :first))
IO.inspect(Access.get(%{a: 1}, :a))
IO.inspect(Access.get([a: 1], :b, :default))
IO.inspect(Access.fetch(%{a: 1}, :a))
IO.inspect(get_in(%{}, [:a, :b, :c]))
m = %{count: 0}
m = Enum.reduce(1..5, m, fn i, acc -> %{acc | count: acc.count + i} end)
IO.inspect(m)
counts = Enum.reduce(~w(a b a c b a), %{}, fn w, acc -> Map.update(acc, w, 1, &(&1 + 1)) end)
IO.inspect(counts)
IO.inspect(Enum.max_by(counts, fn {_, c} -> c end))
inverted = Enum.group_by(counts, fn {_, c} -> c end, fn {w, _} -> w end)
IO.inspect(inverted)
IO.inspect(Map.new(counts, fn {k, v} -> {String.to_atom(k), v * 100} end))
IO.inspect(for {k, v} <- counts, v > 1, into: %{}, do: {v, k})
IO.inspect(counts |> Map.to_list() |> List.keysort(1))
IO.inspect(Map.merge(counts, %{"a" => 0, "d" => 4}, fn _k, v1, v2 -> v1 + v2 end))
IO.inspect(Map.from_keys(["x", "y"], 0) |> Map.merge(counts))

# CHECK: "localhost"
# CHECK-NEXT: 5
# CHECK-NEXT: nil
# CHECK-NEXT: 2
# CHECK-NEXT: 443
# CHECK-NEXT: ["a", "b"]
# CHECK-NEXT: %{"host" => "localhost", "ports" => [8080, 8443]}
# CHECK-NEXT: %{"name" => "app", "pool" => %{"overflow" => 2, "size" => 10}}
# CHECK-NEXT: ["z", "a", "b"]
# CHECK-NEXT: {"app", "APP"}
# CHECK-NEXT: %{"overflow" => 2, "size" => 5}
# CHECK-NEXT: "root"
# CHECK-NEXT: [db: [user: "root", pass: "***"], port: 5432]
# CHECK-NEXT: [db: [user: "root", pass: "secret"], port: 5433]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [10, 20, 30]
# CHECK-NEXT: {{\[\[}}], [:y, :z]]
# CHECK-NEXT: %{n: 1, tags: [:new, :x]}
# CHECK-NEXT: 3
# CHECK-NEXT: %{a: {:first, 2, 3}}
# CHECK-NEXT: 1
# CHECK-NEXT: :default
# CHECK-NEXT: {:ok, 1}
# CHECK-NEXT: nil
# CHECK-NEXT: %{count: 15}
# CHECK-NEXT: %{"a" => 3, "b" => 2, "c" => 1}
# CHECK-NEXT: {"a", 3}
# CHECK-NEXT: %{1 => ["c"], 2 => ["b"], 3 => ["a"]}
# CHECK-NEXT: %{a: 300, b: 200, c: 100}
# CHECK-NEXT: %{2 => "b", 3 => "a"}
# CHECK-NEXT: [{"c", 1}, {"b", 2}, {"a", 3}]
# CHECK-NEXT: %{"a" => 3, "b" => 2, "c" => 1, "d" => 4}
# CHECK-NEXT: %{"a" => 3, "b" => 2, "c" => 1, "x" => 0, "y" => 0}
