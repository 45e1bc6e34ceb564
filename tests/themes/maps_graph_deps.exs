# RUN: %athanor run %s | FileCheck --match-full-lines %s
deps = %{
  app: [:web, :db, :logger],
  web: [:http, :logger],
  db: [:pool, :logger],
  http: [:socket],
  pool: [],
  logger: [],
  socket: []
}
defmodule Topo do
  def sort(graph) do
    {order, _} = Enum.reduce(Map.keys(graph) |> Enum.sort(), {[], MapSet.new()}, fn n, acc -> visit(graph, n, acc) end)
    Enum.reverse(order)
  end
  defp visit(graph, n, {order, seen} = acc) do
    if MapSet.member?(seen, n) do
      acc
    else
      {order, seen} = Enum.reduce(Map.get(graph, n, []), {order, MapSet.put(seen, n)}, &visit(graph, &1, &2))
      {[n | order], seen}
    end
  end
  def reverse(graph) do
    Enum.reduce(graph, Map.new(graph, fn {k, _} -> {k, []} end), fn {k, vs}, acc ->
      Enum.reduce(vs, acc, fn v, a -> Map.update!(a, v, &[k | &1]) end)
    end)
    |> Map.new(fn {k, v} -> {k, Enum.sort(v)} end)
  end
  def depth(graph, n) do
    case graph[n] do
      [] -> 0
      ds -> 1 + (ds |> Enum.map(&depth(graph, &1)) |> Enum.max())
    end
  end
end
IO.inspect(Topo.sort(deps))
IO.inspect(Topo.reverse(deps))
IO.inspect(Map.new(deps, fn {k, _} -> {k, Topo.depth(deps, k)} end))
IO.inspect(deps |> Map.filter(fn {_, v} -> v == [] end) |> Map.keys())
IO.inspect(deps |> Enum.flat_map(fn {_, v} -> v end) |> Enum.frequencies())
IO.inspect(deps |> Map.values() |> List.flatten() |> Enum.uniq() |> Enum.sort())
IO.inspect(Map.keys(deps) -- (deps |> Map.values() |> List.flatten()))
nested = %{a: %{b: %{c: 1, d: 2}, e: 3}, f: 4}
flatten = fn flatten, map, prefix ->
  Enum.flat_map(map, fn
    {k, v} when is_map(v) -> flatten.(flatten, v, prefix <> "#{k}.")
    {k, v} -> [{prefix <> "#{k}", v}]
  end)
end
IO.inspect(flatten.(flatten, nested, "") |> Map.new())
IO.inspect(Map.merge(nested, %{a: %{z: 0}}))
deep_merge = fn dm, l, r -> Map.merge(l, r, fn _k, a, b -> if is_map(a) and is_map(b), do: dm.(dm, a, b), else: b end) end
IO.inspect(deep_merge.(deep_merge, nested, %{a: %{b: %{c: 100, x: 9}}, g: 5}))
IO.inspect(Map.keys(nested) |> Enum.map(&Atom.to_string/1) |> Enum.join("+"))

# CHECK: [:socket, :http, :logger, :web, :pool, :db, :app]
# CHECK-NEXT: %{
# CHECK-NEXT:   app: [],
# CHECK-NEXT:   db: [:app],
# CHECK-NEXT:   http: [:web],
# CHECK-NEXT:   logger: [:app, :db, :web],
# CHECK-NEXT:   pool: [:db],
# CHECK-NEXT:   socket: [:http],
# CHECK-NEXT:   web: [:app]
# CHECK-NEXT: }
# CHECK-NEXT: %{app: 3, db: 1, http: 1, logger: 0, pool: 0, socket: 0, web: 2}
# CHECK-NEXT: [:logger, :pool, :socket]
# CHECK-NEXT: %{db: 1, http: 1, logger: 3, pool: 1, socket: 1, web: 1}
# CHECK-NEXT: [:db, :http, :logger, :pool, :socket, :web]
# CHECK-NEXT: [:app]
# CHECK-NEXT: %{"a.b.c" => 1, "a.b.d" => 2, "a.e" => 3, "f" => 4}
# CHECK-NEXT: %{a: %{z: 0}, f: 4}
# CHECK-NEXT: %{a: %{b: %{c: 100, d: 2, x: 9}, e: 3}, f: 4, g: 5}
# CHECK-NEXT: "a+f"
