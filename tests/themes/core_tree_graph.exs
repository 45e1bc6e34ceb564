# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule BST do
  def insert(nil, v), do: {v, nil, nil}
  def insert({x, l, r}, v) when v < x, do: {x, insert(l, v), r}
  def insert({x, l, r}, v) when v > x, do: {x, l, insert(r, v)}
  def insert(t, _), do: t
  def to_list(nil), do: []
  def to_list({x, l, r}), do: to_list(l) ++ [x] ++ to_list(r)
  def height(nil), do: 0
  def height({_, l, r}), do: 1 + max(height(l), height(r))
  def member?(nil, _), do: false
  def member?({x, _, _}, x), do: true
  def member?({x, l, _}, v) when v < x, do: member?(l, v)
  def member?({_, _, r}, v), do: member?(r, v)
end

defmodule Graph do
  def bfs(graph, start) do
    bfs(graph, [start], MapSet.new([start]), [])
  end
  defp bfs(graph, q, seen, acc) do
    case q do
      [] -> Enum.reverse(acc)
      [node | q2] ->
        neigh = Map.get(graph, node, []) |> Enum.reject(&MapSet.member?(seen, &1))
        seen2 = Enum.reduce(neigh, seen, &MapSet.put(&2, &1))
        q3 = q2 ++ neigh
        bfs(graph, q3, seen2, [node | acc])
    end
  end
  def dfs(graph, node, seen \\ MapSet.new()) do
    if MapSet.member?(seen, node) do
      {[], seen}
    else
      Enum.reduce(Map.get(graph, node, []), {[node], MapSet.put(seen, node)}, fn n, {acc, s} ->
        {more, s2} = dfs(graph, n, s)
        {acc ++ more, s2}
      end)
    end
  end
end

t = Enum.reduce([50, 30, 70, 20, 40, 60, 80, 35, 45, 65], nil, &BST.insert(&2, &1))
IO.inspect(BST.to_list(t))
IO.inspect(BST.height(t))
IO.inspect(Enum.map([35, 36, 80, 10], &BST.member?(t, &1)))
IO.inspect(t)
g = %{a: [:b, :c], b: [:d], c: [:d, :e], d: [:f], e: [:f], f: []}
IO.inspect(Graph.bfs(g, :a))
{order, seen} = Graph.dfs(g, :a)
IO.inspect(order)
IO.inspect(MapSet.size(seen))
IO.inspect(MapSet.to_list(seen))
s1 = MapSet.new([1, 2, 3, 4])
s2 = MapSet.new([3, 4, 5])
IO.inspect(MapSet.union(s1, s2))
IO.inspect(MapSet.intersection(s1, s2))
IO.inspect(MapSet.difference(s1, s2))
IO.inspect(MapSet.subset?(MapSet.new([3]), s2))
IO.inspect(MapSet.disjoint?(s1, MapSet.new([9])))
IO.inspect(Enum.sum(s1))

# CHECK: [20, 30, 35, 40, 45, 50, 60, 65, 70, 80]
# CHECK-NEXT: 4
# CHECK-NEXT: [true, false, true, false]
# CHECK-NEXT: {50, {30, {20, nil, nil}, {40, {35, nil, nil}, {45, nil, nil}}},
# CHECK-NEXT:  {70, {60, nil, {65, nil, nil}}, {80, nil, nil}}}
# CHECK-NEXT: [:a, :b, :c, :d, :e, :f]
# CHECK-NEXT: [:a, :b, :d, :f, :c, :e]
# CHECK-NEXT: 6
# CHECK-NEXT: [:a, :b, :c, :d, :e, :f]
# CHECK-NEXT: MapSet.new([1, 2, 3, 4, 5])
# CHECK-NEXT: MapSet.new([3, 4])
# CHECK-NEXT: MapSet.new([1, 2])
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: 10
