# RUN: %athanor run %s | FileCheck --match-full-lines %s
sales = [
  %{region: "north", rep: "ann", month: 1, amount: 120},
  %{region: "north", rep: "bob", month: 1, amount: 80},
  %{region: "south", rep: "cy", month: 1, amount: 200},
  %{region: "north", rep: "ann", month: 2, amount: 150},
  %{region: "south", rep: "cy", month: 2, amount: 50},
  %{region: "south", rep: "dee", month: 2, amount: 95},
  %{region: "east", rep: "eve", month: 2, amount: 300}
]
tree = Enum.reduce(sales, %{}, fn s, acc ->
  acc
  |> Map.put_new(s.region, %{})
  |> update_in([s.region], &Map.update(&1, s.rep, [s.amount], fn l -> l ++ [s.amount] end))
end)
IO.inspect(tree)
totals = Map.new(tree, fn {region, reps} -> {region, reps |> Map.values() |> List.flatten() |> Enum.sum()} end)
IO.inspect(totals)
rep_totals = for {_r, reps} <- tree, {rep, amts} <- reps, into: %{}, do: {rep, Enum.sum(amts)}
IO.inspect(rep_totals)
by_month = Enum.group_by(sales, & &1.month, & &1.amount) |> Map.new(fn {m, l} -> {m, Enum.sum(l)} end)
IO.inspect(by_month)
best = Enum.max_by(rep_totals, fn {_, v} -> v end)
IO.inspect(best)
IO.inspect(Map.filter(totals, fn {_, t} -> t > 250 end))
IO.inspect(Map.keys(tree) |> Enum.sort())
IO.inspect(get_in(tree, ["north", "ann"]))
tree2 = put_in(tree, ["west"], %{"zed" => [10]})
IO.inspect(Map.keys(tree2) |> Enum.sort())
tree3 = update_in(tree2, ["south", "cy"], fn l -> Enum.map(l, &(&1 * 2)) end)
IO.inspect(tree3["south"])
{removed, tree4} = pop_in(tree3, ["east"])
IO.inspect({removed, Map.has_key?(tree4, "east")})
matrix = for r <- Map.keys(tree) |> Enum.sort(), m <- 1..2, into: %{}, do: {{r, m}, Enum.sum(for s <- sales, s.region == r, s.month == m, do: s.amount)}
IO.inspect(matrix)
IO.inspect(matrix[{"south", 2}])
pivot = matrix |> Enum.group_by(fn {{r, _}, _} -> r end, fn {{_, m}, v} -> {m, v} end) |> Map.new(fn {r, l} -> {r, Map.new(l)} end)
IO.inspect(pivot)

# CHECK: %{
# CHECK-NEXT:   "east" => %{"eve" => [300]},
# CHECK-NEXT:   "north" => %{"ann" => [120, 150], "bob" => 'P'},
# CHECK-NEXT:   "south" => %{"cy" => [200, 50], "dee" => '_'}
# CHECK-NEXT: }
# CHECK-NEXT: %{"east" => 300, "north" => 350, "south" => 345}
# CHECK-NEXT: %{"ann" => 270, "bob" => 80, "cy" => 250, "dee" => 95, "eve" => 300}
# CHECK-NEXT: %{1 => 400, 2 => 595}
# CHECK-NEXT: {"eve", 300}
# CHECK-NEXT: %{"east" => 300, "north" => 350, "south" => 345}
# CHECK-NEXT: ["east", "north", "south"]
# CHECK-NEXT: [120, 150]
# CHECK-NEXT: ["east", "north", "south", "west"]
# CHECK-NEXT: %{"cy" => [400, 100], "dee" => '_'}
# CHECK-NEXT: {%{"eve" => [300]}, false}
# CHECK-NEXT: %{
# CHECK-NEXT:   {"east", 1} => 0,
# CHECK-NEXT:   {"east", 2} => 300,
# CHECK-NEXT:   {"north", 1} => 200,
# CHECK-NEXT:   {"north", 2} => 150,
# CHECK-NEXT:   {"south", 1} => 200,
# CHECK-NEXT:   {"south", 2} => 145
# CHECK-NEXT: }
# CHECK-NEXT: 145
# CHECK-NEXT: %{
# CHECK-NEXT:   "east" => %{1 => 0, 2 => 300},
# CHECK-NEXT:   "north" => %{1 => 200, 2 => 150},
# CHECK-NEXT:   "south" => %{1 => 200, 2 => 145}
# CHECK-NEXT: }
