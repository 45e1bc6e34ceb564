# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule P do
  def p(label, f) do
    try do
      IO.puts(label <> " => " <> inspect(f.()))
    rescue
      e -> IO.puts(label <> " !! " <> inspect(e.__struct__) <> ": " <> Exception.message(e))
    catch
      k, v -> IO.puts(label <> " ** " <> inspect({k, v}))
    end
  end
end
P.p("Enum.map(1..3, &(&1 * 2)) |> Enum.sum() |> Integer.to_string() |> String.pad_leading(5, \"0\")", fn -> Enum.map(1..3, &(&1 * 2)) |> Enum.sum() |> Integer.to_string() |> String.pad_leading(5, "0") end)
P.p("[1, 2, 3] |> Enum.map(fn x -> x + 1 end) |> Enum.filter(&(rem(&1, 2) == 0))", fn -> [1, 2, 3] |> Enum.map(fn x -> x + 1 end) |> Enum.filter(&(rem(&1, 2) == 0)) end)
P.p("\"abc\" |> String.upcase() |> String.graphemes() |> Enum.join(\"-\")", fn -> "abc" |> String.upcase() |> String.graphemes() |> Enum.join("-") end)
P.p("%{a: 1} |> Map.put(:b, 2) |> Map.to_list() |> Enum.map(&elem(&1, 1))", fn -> %{a: 1} |> Map.put(:b, 2) |> Map.to_list() |> Enum.map(&elem(&1, 1)) end)
P.p("5 |> Kernel.-(3)", fn -> 5 |> Kernel.-(3) end)
P.p("{:ok, 1} |> elem(1)", fn -> {:ok, 1} |> elem(1) end)
P.p("[[1, 2], [3]] |> Enum.map(&length/1)", fn -> [[1, 2], [3]] |> Enum.map(&length/1) end)
P.p(":a |> Atom.to_string() |> String.to_atom()", fn -> :a |> Atom.to_string() |> String.to_atom() end)
P.p("1..10 |> Stream.map(&(&1 * 2)) |> Enum.take(2)", fn -> 1..10 |> Stream.map(&(&1 * 2)) |> Enum.take(2) end)
P.p("for(x <- 1..3, do: x) |> Enum.reverse()", fn -> for(x <- 1..3, do: x) |> Enum.reverse() end)
P.p("(fn x -> x * 10 end).(5)", fn -> (fn x -> x * 10 end).(5) end)
P.p("(&(&1 + &2)).(1, 2)", fn -> (&(&1 + &2)).(1, 2) end)
P.p("(&Enum.sum/1).([1, 2])", fn -> (&Enum.sum/1).([1, 2]) end)
P.p("Enum.map([{1, 2}, {3, 4}], fn {a, b} -> a * b end)", fn -> Enum.map([{1, 2}, {3, 4}], fn {a, b} -> a * b end) end)
P.p("Enum.map([[1, 2], [3, 4]], fn [a, b] -> a + b end)", fn -> Enum.map([[1, 2], [3, 4]], fn [a, b] -> a + b end) end)
P.p("Enum.map(%{a: 1, b: 2}, fn {k, v} -> {v, k} end) |> Enum.sort()", fn -> Enum.map(%{a: 1, b: 2}, fn {k, v} -> {v, k} end) |> Enum.sort() end)
P.p("Enum.reduce([a: 1, b: 2], 0, fn {_, v}, acc -> v + acc end)", fn -> Enum.reduce([a: 1, b: 2], 0, fn {_, v}, acc -> v + acc end) end)
P.p("Enum.filter([1, nil, 2, false], & &1)", fn -> Enum.filter([1, nil, 2, false], & &1) end)
P.p("Enum.map([1, 2], &{&1, &1 * &1})", fn -> Enum.map([1, 2], &{&1, &1 * &1}) end)
P.p("Enum.map([\"a\"], &%{name: &1})", fn -> Enum.map(["a"], &%{name: &1}) end)
P.p("Enum.map([1], &[&1])", fn -> Enum.map([1], &[&1]) end)
P.p("Enum.map([%{a: 1}], & &1.a)", fn -> Enum.map([%{a: 1}], & &1.a) end)
P.p("Enum.map([%{a: 1}], &Map.get(&1, :a))", fn -> Enum.map([%{a: 1}], &Map.get(&1, :a)) end)
P.p("Enum.map(1..3, &if(&1 > 1, do: :big, else: :small))", fn -> Enum.map(1..3, &if(&1 > 1, do: :big, else: :small)) end)
P.p("Enum.map(1..3, &case(&1, do: (1 -> :one; _ -> :many)))", fn -> Enum.map(1..3, &case(&1, do: (1 -> :one; _ -> :many))) end)
P.p("Enum.map([1, 2], &(-&1))", fn -> Enum.map([1, 2], &(-&1)) end)
P.p("Enum.map([true, false], &(not &1))", fn -> Enum.map([true, false], &(not &1)) end)
P.p("Enum.map([\"a b\", \"c\"], &String.split/1)", fn -> Enum.map(["a b", "c"], &String.split/1) end)
P.p("Enum.flat_map([\"a b\", \"c\"], &String.split/1)", fn -> Enum.flat_map(["a b", "c"], &String.split/1) end)
P.p("Enum.map([1, 2, 3], &Integer.to_string(&1, 2))", fn -> Enum.map([1, 2, 3], &Integer.to_string(&1, 2)) end)
P.p("Enum.map([1.5, 2.5], &round/1)", fn -> Enum.map([1.5, 2.5], &round/1) end)
P.p("Enum.map([1.5, 2.5], &Float.round/1)", fn -> Enum.map([1.5, 2.5], &Float.round/1) end)
P.p("Enum.zip_with([[1, 2], [3, 4]], fn [a, b] -> a + b end)", fn -> Enum.zip_with([[1, 2], [3, 4]], fn [a, b] -> a + b end) end)
P.p("Enum.each([1], &IO.inspect/1)", fn -> Enum.each([1], &IO.inspect/1) end)
P.p("Enum.count(%{a: 1, b: 2})", fn -> Enum.count(%{a: 1, b: 2}) end)
P.p("Enum.sum(%{a: 1} |> Map.values())", fn -> Enum.sum(%{a: 1} |> Map.values()) end)
P.p("Enum.into(%{a: 1}, %{b: 2}, fn {k, v} -> {k, v * 10} end)", fn -> Enum.into(%{a: 1}, %{b: 2}, fn {k, v} -> {k, v * 10} end) end)
P.p("Enum.into(1..3, [])", fn -> Enum.into(1..3, []) end)
P.p("Enum.into([\"a\", \"b\"], MapSet.new()) |> MapSet.to_list()", fn -> Enum.into(["a", "b"], MapSet.new()) |> MapSet.to_list() end)
P.p("Map.new(%{a: 1}, fn {k, v} -> {Atom.to_string(k), v} end)", fn -> Map.new(%{a: 1}, fn {k, v} -> {Atom.to_string(k), v} end) end)
P.p("Keyword.new(%{a: 1})", fn -> Keyword.new(%{a: 1}) end)
P.p("Enum.to_list(%{a: 1} |> Map.keys())", fn -> Enum.to_list(%{a: 1} |> Map.keys()) end)
P.p("List.to_tuple(Enum.to_list(1..3)) |> tuple_size()", fn -> List.to_tuple(Enum.to_list(1..3)) |> tuple_size() end)
P.p("String.graphemes(\"ab\") |> Enum.with_index() |> Map.new()", fn -> String.graphemes("ab") |> Enum.with_index() |> Map.new() end)
P.p("Enum.reduce(1..5, {0, 1}, fn x, {s, p} -> {s + x, p * x} end)", fn -> Enum.reduce(1..5, {0, 1}, fn x, {s, p} -> {s + x, p * x} end) end)
P.p("Enum.map_reduce(1..4, 0, &{&1 * &2, &1 + &2})", fn -> Enum.map_reduce(1..4, 0, &{&1 * &2, &1 + &2}) end)
P.p("Enum.unzip(Enum.with_index([:a, :b]))", fn -> Enum.unzip(Enum.with_index([:a, :b])) end)
P.p("Enum.map(1..3, fn x -> Enum.map(1..x, fn y -> x * y end) end)", fn -> Enum.map(1..3, fn x -> Enum.map(1..x, fn y -> x * y end) end) end)
P.p("Enum.group_by(1..10, &rem(&1, 3), &(&1 * 10))", fn -> Enum.group_by(1..10, &rem(&1, 3), &(&1 * 10)) end)
P.p("Enum.chunk_while(1..10, [], fn x, acc -> if rem(x, 4) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]} end, fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end)", fn -> Enum.chunk_while(1..10, [], fn x, acc -> if rem(x, 4) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]} end, fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end) end)
P.p("Enum.reduce([\"a\", \"b\", \"c\"], \"\", &(&2 <> &1))", fn -> Enum.reduce(["a", "b", "c"], "", &(&2 <> &1)) end)
P.p("Enum.reduce([\"a\", \"b\", \"c\"], &(&1 <> &2))", fn -> Enum.reduce(["a", "b", "c"], &(&1 <> &2)) end)
P.p("Enum.find_value([1, 2, 3], fn x -> x > 1 && x * 10 end)", fn -> Enum.find_value([1, 2, 3], fn x -> x > 1 && x * 10 end) end)

# CHECK: Enum.map(1..3, &(&1 * 2)) |> Enum.sum() |> Integer.to_string() |> String.pad_leading(5, "0") => "00012"
# CHECK-NEXT: [1, 2, 3] |> Enum.map(fn x -> x + 1 end) |> Enum.filter(&(rem(&1, 2) == 0)) => [2, 4]
# CHECK-NEXT: "abc" |> String.upcase() |> String.graphemes() |> Enum.join("-") => "A-B-C"
# CHECK-NEXT: %{a: 1} |> Map.put(:b, 2) |> Map.to_list() |> Enum.map(&elem(&1, 1)) => [1, 2]
# CHECK-NEXT: 5 |> Kernel.-(3) => 2
# CHECK-NEXT: {:ok, 1} |> elem(1) => 1
# CHECK-NEXT: {{\[\[}}1, 2], [3]] |> Enum.map(&length/1) => [2, 1]
# CHECK-NEXT: :a |> Atom.to_string() |> String.to_atom() => :a
# CHECK-NEXT: 1..10 |> Stream.map(&(&1 * 2)) |> Enum.take(2) => [2, 4]
# CHECK-NEXT: for(x <- 1..3, do: x) |> Enum.reverse() => [3, 2, 1]
# CHECK-NEXT: (fn x -> x * 10 end).(5) => 50
# CHECK-NEXT: (&(&1 + &2)).(1, 2) => 3
# CHECK-NEXT: (&Enum.sum/1).([1, 2]) => 3
# CHECK-NEXT: Enum.map([{1, 2}, {3, 4}], fn {a, b} -> a * b end) => [2, 12]
# CHECK-NEXT: Enum.map({{\[\[}}1, 2], [3, 4]], fn [a, b] -> a + b end) => [3, 7]
# CHECK-NEXT: Enum.map(%{a: 1, b: 2}, fn {k, v} -> {v, k} end) |> Enum.sort() => [{1, :a}, {2, :b}]
# CHECK-NEXT: Enum.reduce([a: 1, b: 2], 0, fn {_, v}, acc -> v + acc end) => 3
# CHECK-NEXT: Enum.filter([1, nil, 2, false], & &1) => [1, 2]
# CHECK-NEXT: Enum.map([1, 2], &{&1, &1 * &1}) => [{1, 1}, {2, 4}]
# CHECK-NEXT: Enum.map(["a"], &%{name: &1}) => [%{name: "a"}]
# CHECK-NEXT: Enum.map([1], &[&1]) => {{\[\[}}1]]
# CHECK-NEXT: Enum.map([%{a: 1}], & &1.a) => [1]
# CHECK-NEXT: Enum.map([%{a: 1}], &Map.get(&1, :a)) => [1]
# CHECK-NEXT: Enum.map(1..3, &if(&1 > 1, do: :big, else: :small)) => [:small, :big, :big]
# CHECK-NEXT: Enum.map(1..3, &case(&1, do: (1 -> :one; _ -> :many))) => [:one, :many, :many]
# CHECK-NEXT: Enum.map([1, 2], &(-&1)) => [-1, -2]
# CHECK-NEXT: Enum.map([true, false], &(not &1)) => [false, true]
# CHECK-NEXT: Enum.map(["a b", "c"], &String.split/1) => {{\[\[}}"a", "b"], ["c"]]
# CHECK-NEXT: Enum.flat_map(["a b", "c"], &String.split/1) => ["a", "b", "c"]
# CHECK-NEXT: Enum.map([1, 2, 3], &Integer.to_string(&1, 2)) => ["1", "10", "11"]
# CHECK-NEXT: Enum.map([1.5, 2.5], &round/1) => [2, 3]
# CHECK-NEXT: Enum.map([1.5, 2.5], &Float.round/1) => [2.0, 3.0]
# CHECK-NEXT: Enum.zip_with({{\[\[}}1, 2], [3, 4]], fn [a, b] -> a + b end) => [4, 6]
# CHECK-NEXT: 1
# CHECK-NEXT: Enum.each([1], &IO.inspect/1) => :ok
# CHECK-NEXT: Enum.count(%{a: 1, b: 2}) => 2
# CHECK-NEXT: Enum.sum(%{a: 1} |> Map.values()) => 1
# CHECK-NEXT: Enum.into(%{a: 1}, %{b: 2}, fn {k, v} -> {k, v * 10} end) => %{a: 10, b: 2}
# CHECK-NEXT: Enum.into(1..3, []) => [1, 2, 3]
# CHECK-NEXT: Enum.into(["a", "b"], MapSet.new()) |> MapSet.to_list() => ["a", "b"]
# CHECK-NEXT: Map.new(%{a: 1}, fn {k, v} -> {Atom.to_string(k), v} end) => %{"a" => 1}
# CHECK-NEXT: Keyword.new(%{a: 1}) => [a: 1]
# CHECK-NEXT: Enum.to_list(%{a: 1} |> Map.keys()) => [:a]
# CHECK-NEXT: List.to_tuple(Enum.to_list(1..3)) |> tuple_size() => 3
# CHECK-NEXT: String.graphemes("ab") |> Enum.with_index() |> Map.new() => %{"a" => 0, "b" => 1}
# CHECK-NEXT: Enum.reduce(1..5, {0, 1}, fn x, {s, p} -> {s + x, p * x} end) => {15, 120}
# CHECK-NEXT: Enum.map_reduce(1..4, 0, &{&1 * &2, &1 + &2}) => {[0, 2, 9, 24], 10}
# CHECK-NEXT: Enum.unzip(Enum.with_index([:a, :b])) => {[:a, :b], [0, 1]}
# CHECK-NEXT: Enum.map(1..3, fn x -> Enum.map(1..x, fn y -> x * y end) end) => {{\[\[}}1], [2, 4], [3, 6, 9]]
# CHECK-NEXT: Enum.group_by(1..10, &rem(&1, 3), &(&1 * 10)) => %{0 => [30, 60, 90], 1 => '\n(Fd', 2 => [20, 50, 80]}
# CHECK-NEXT: Enum.chunk_while(1..10, [], fn x, acc -> if rem(x, 4) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]} end, fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end) => {{\[\[}}1, 2, 3, 4], [5, 6, 7, 8], '\t\n']
# CHECK-NEXT: Enum.reduce(["a", "b", "c"], "", &(&2 <> &1)) => "abc"
# CHECK-NEXT: Enum.reduce(["a", "b", "c"], &(&1 <> &2)) => "cba"
# CHECK-NEXT: Enum.find_value([1, 2, 3], fn x -> x > 1 && x * 10 end) => 20
