# RUN: %athanor run %s | FileCheck --match-full-lines %s
big = Enum.map(1..12, &%{id: &1, name: "name-#{&1}"})
IO.inspect(big, label: "records")
IO.inspect(Enum.to_list(1..30), label: "a fairly long label that itself takes room")
IO.inspect(%{a: Enum.to_list(1..20), b: "x"}, label: "map")
IO.inspect({:ok, Enum.to_list(1..25)}, label: "tuple")
IO.inspect([], label: "empty")
IO.inspect(Enum.to_list(1..100), limit: :infinity)
IO.inspect(Enum.to_list(1..10), limit: 0)
IO.inspect(Enum.to_list(1..10), limit: 1)
IO.inspect(%{a: 1, b: 2}, limit: 1)
IO.inspect({1, 2, 3}, limit: 2)
IO.inspect([[1, 2, 3], [4, 5, 6]], limit: 4)
IO.inspect(Enum.map(1..60, &{&1}), limit: 3)
IO.inspect(for(i <- 1..3, do: Enum.to_list(1..(i * 30))))
IO.inspect(Map.new(1..40, &{&1, &1}) |> Map.take(Enum.to_list(1..30)))
IO.inspect(String.duplicate("long string ", 10), label: "str")
IO.inspect(['abc', 'def', [1, 2]], label: "charlists")
IO.inspect(%{"key" => ['one', 'two']})
IO.inspect([a: 'x', b: "y", c: :z])
IO.inspect({'tuple charlist'})
IO.inspect(Enum.chunk_every(1..80, 8), label: "chunks")
IO.inspect(Enum.map(1..6, fn i -> {i, :"atom_#{i}", "str#{i}", [i, i * 2], %{k: i}} end))
IO.puts(inspect(Enum.map(1..6, fn i -> {i, "s#{i}"} end), pretty: true, width: 30))
IO.puts(inspect(%{users: [%{n: 1}, %{n: 2}], count: 2}, pretty: true, width: 25))
IO.puts(inspect([1, 2, 3], pretty: true, width: 1))
IO.inspect(1..100 |> Enum.to_list() |> Enum.chunk_every(25) |> Enum.map(&Enum.sum/1))
r = IO.inspect(%{x: 1}, label: "returns")
IO.inspect(r == %{x: 1})

# CHECK: records: [
# CHECK-NEXT:   %{id: 1, name: "name-1"},
# CHECK-NEXT:   %{id: 2, name: "name-2"},
# CHECK-NEXT:   %{id: 3, name: "name-3"},
# CHECK-NEXT:   %{id: 4, name: "name-4"},
# CHECK-NEXT:   %{id: 5, name: "name-5"},
# CHECK-NEXT:   %{id: 6, name: "name-6"},
# CHECK-NEXT:   %{id: 7, name: "name-7"},
# CHECK-NEXT:   %{id: 8, name: "name-8"},
# CHECK-NEXT:   %{id: 9, name: "name-9"},
# CHECK-NEXT:   %{id: 10, name: "name-10"},
# CHECK-NEXT:   %{id: 11, name: "name-11"},
# CHECK-NEXT:   %{id: 12, name: "name-12"}
# CHECK-NEXT: ]
# CHECK-NEXT: a fairly long label that itself takes room: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
# CHECK-NEXT:  23, 24, 25, 26, 27, 28, 29, 30]
# CHECK-NEXT: map: %{
# CHECK-NEXT:   a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
# CHECK-NEXT:   b: "x"
# CHECK-NEXT: }
# CHECK-NEXT: tuple: {:ok,
# CHECK-NEXT:  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
# CHECK-NEXT:   23, 24, 25]}
# CHECK-NEXT: empty: []
# CHECK-NEXT: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
# CHECK-NEXT:  23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
# CHECK-NEXT:  43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
# CHECK-NEXT:  63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
# CHECK-NEXT:  83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100]
# CHECK-NEXT: [...]
# CHECK-NEXT: [1, ...]
# CHECK-NEXT: %{a: 1, ...}
# CHECK-NEXT: {1, 2, ...}
# CHECK-NEXT: {{\[\[}}1, 2, 3], [4, 5, ...]]
# CHECK-NEXT: [{1}, {2}, {...}, ...]
# CHECK-NEXT: [
# CHECK-NEXT:   [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
# CHECK-NEXT:    22, 23, 24, 25, 26, 27, 28, 29, 30],
# CHECK-NEXT:   [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
# CHECK-NEXT:    22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
# CHECK-NEXT:    41, 42, 43, 44, 45, 46, 47, 48, ...],
# CHECK-NEXT:   [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
# CHECK-NEXT:    22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
# CHECK-NEXT:    41, 42, 43, 44, 45, 46, 47, ...]
# CHECK-NEXT: ]
# CHECK-NEXT: %{
# CHECK-NEXT:   1 => 1,
# CHECK-NEXT:   2 => 2,
# CHECK-NEXT:   3 => 3,
# CHECK-NEXT:   4 => 4,
# CHECK-NEXT:   5 => 5,
# CHECK-NEXT:   6 => 6,
# CHECK-NEXT:   7 => 7,
# CHECK-NEXT:   8 => 8,
# CHECK-NEXT:   9 => 9,
# CHECK-NEXT:   10 => 10,
# CHECK-NEXT:   11 => 11,
# CHECK-NEXT:   12 => 12,
# CHECK-NEXT:   13 => 13,
# CHECK-NEXT:   14 => 14,
# CHECK-NEXT:   15 => 15,
# CHECK-NEXT:   16 => 16,
# CHECK-NEXT:   17 => 17,
# CHECK-NEXT:   18 => 18,
# CHECK-NEXT:   19 => 19,
# CHECK-NEXT:   20 => 20,
# CHECK-NEXT:   21 => 21,
# CHECK-NEXT:   22 => 22,
# CHECK-NEXT:   23 => 23,
# CHECK-NEXT:   24 => 24,
# CHECK-NEXT:   25 => 25,
# CHECK-NEXT:   26 => 26,
# CHECK-NEXT:   27 => 27,
# CHECK-NEXT:   28 => 28,
# CHECK-NEXT:   29 => 29,
# CHECK-NEXT:   30 => 30
# CHECK-NEXT: }
# CHECK-NEXT: str: "long string long string long string long string long string long string long string long string long string long string "
# CHECK-NEXT: charlists: ['abc', 'def', [1, 2]]
# CHECK-NEXT: %{"key" => ['one', 'two']}
# CHECK-NEXT: [a: 'x', b: "y", c: :z]
# CHECK-NEXT: {'tuple charlist'}
# CHECK-NEXT: chunks: [
# CHECK-NEXT:   [1, 2, 3, 4, 5, 6, 7, 8],
# CHECK-NEXT:   [9, 10, 11, 12, 13, 14, 15, 16],
# CHECK-NEXT:   [17, 18, 19, 20, 21, 22, 23, 24],
# CHECK-NEXT:   [25, 26, 27, 28, 29, 30, 31, 32],
# CHECK-NEXT:   '!"#$%&\'(',
# CHECK-NEXT:   ')*+,-./0',
# CHECK-NEXT:   '12345678',
# CHECK-NEXT:   '9:;<=>?@',
# CHECK-NEXT:   'ABCDEFGH',
# CHECK-NEXT:   'IJKLMNOP'
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   {1, :atom_1, "str1", [1, 2], %{k: 1}},
# CHECK-NEXT:   {2, :atom_2, "str2", [2, 4], %{k: 2}},
# CHECK-NEXT:   {3, :atom_3, "str3", [3, 6], %{k: 3}},
# CHECK-NEXT:   {4, :atom_4, "str4", [4, 8], %{k: 4}},
# CHECK-NEXT:   {5, :atom_5, "str5", [5, 10], %{k: 5}},
# CHECK-NEXT:   {6, :atom_6, "str6", [6, 12], %{k: 6}}
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   {1, "s1"},
# CHECK-NEXT:   {2, "s2"},
# CHECK-NEXT:   {3, "s3"},
# CHECK-NEXT:   {4, "s4"},
# CHECK-NEXT:   {5, "s5"},
# CHECK-NEXT:   {6, "s6"}
# CHECK-NEXT: ]
# CHECK-NEXT: %{
# CHECK-NEXT:   count: 2,
# CHECK-NEXT:   users: [
# CHECK-NEXT:     %{n: 1},
# CHECK-NEXT:     %{n: 2}
# CHECK-NEXT:   ]
# CHECK-NEXT: }
# CHECK-NEXT: [1,
# CHECK-NEXT:  2,
# CHECK-NEXT:  3]
# CHECK-NEXT: [325, 950, 1575, 2200]
# CHECK-NEXT: returns: %{x: 1}
# CHECK-NEXT: true
