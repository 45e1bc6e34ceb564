# RUN: %athanor run %s | FileCheck --match-full-lines %s
IO.inspect(Enum.to_list(1..100))
IO.inspect(Enum.map(1..30, &{&1, &1 * &1}))
IO.inspect(%{alpha: "aaaaaaaaaaaaaaaaaaaa", beta: "bbbbbbbbbbbbbbbbbbbbbbbb", gamma: "cccccccccccccccccccc"})
IO.inspect([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], [16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]])
IO.inspect({:a_rather_long_atom_name, :another_rather_long_atom, :yet_another_long_atom_name_here})
IO.inspect(Enum.map(1..8, fn i -> %{id: i, label: "label number #{i}"} end))
IO.inspect(String.duplicate("x", 100))
IO.inspect([String.duplicate("y", 90)])
IO.inspect(Enum.to_list(1..60) |> Enum.map(&Integer.to_string/1))
IO.inspect(Enum.chunk_every(1..40, 10))
IO.inspect(%{list: Enum.to_list(1..60)})
IO.inspect([nested: [deeper: [deepest: Enum.to_list(1..30)]]])
IO.inspect(Enum.map(1..5, fn i -> {i, [String.duplicate("z", i * 5)]} end))
IO.inspect(Map.new(1..20, fn i -> {i, :"v#{i}"} end))
IO.inspect(List.duplicate(:x, 55))
IO.inspect(Tuple.duplicate(:ab, 30))
IO.inspect('a long charlist that goes past the eighty column limit for sure, yes indeed it does')
IO.inspect(Enum.to_list(1..20), width: 30)
IO.inspect(Enum.to_list(1..20), limit: 5)
IO.inspect(%{a: 1, b: 2, c: 3}, limit: 2)
IO.inspect("abcdef", limit: 3)
IO.inspect([1, [2, [3, [4]]]], pretty: false)
IO.inspect(Enum.to_list(1..30), width: 0)
IO.puts(inspect(Enum.to_list(1..100)))
IO.puts(inspect(%{k: Enum.to_list(1..10)}, pretty: true, width: 20))
IO.inspect([1, 2, 3], charlists: :as_lists)
IO.inspect('abc', charlists: :as_lists)
IO.inspect([104, 105], charlists: :as_charlists)
IO.inspect(<<1, 2, 3>>, binaries: :as_strings)
IO.inspect("abc", binaries: :as_binaries)
IO.inspect(255, base: :hex)
IO.inspect(10, base: :binary)
IO.inspect([10, 255], base: :octal)
IO.inspect(:ok, syntax_colors: [])
IO.inspect(%{b: 1, a: 2}, custom_options: [sort_maps: true])

# CHECK: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
# CHECK-NEXT:  23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
# CHECK-NEXT:  43, 44, 45, 46, 47, 48, 49, 50, ...]
# CHECK-NEXT: [
# CHECK-NEXT:   {1, 1},
# CHECK-NEXT:   {2, 4},
# CHECK-NEXT:   {3, 9},
# CHECK-NEXT:   {4, 16},
# CHECK-NEXT:   {5, 25},
# CHECK-NEXT:   {6, 36},
# CHECK-NEXT:   {7, 49},
# CHECK-NEXT:   {8, 64},
# CHECK-NEXT:   {9, 81},
# CHECK-NEXT:   {10, 100},
# CHECK-NEXT:   {11, 121},
# CHECK-NEXT:   {12, 144},
# CHECK-NEXT:   {13, 169},
# CHECK-NEXT:   {14, 196},
# CHECK-NEXT:   {15, 225},
# CHECK-NEXT:   {16, 256},
# CHECK-NEXT:   {17, 289},
# CHECK-NEXT:   {18, 324},
# CHECK-NEXT:   {19, 361},
# CHECK-NEXT:   {20, 400},
# CHECK-NEXT:   {21, 441},
# CHECK-NEXT:   {22, 484},
# CHECK-NEXT:   {23, 529},
# CHECK-NEXT:   {24, 576},
# CHECK-NEXT:   {25, 625},
# CHECK-NEXT:   {26, 676},
# CHECK-NEXT:   {27, 729},
# CHECK-NEXT:   {28, 784},
# CHECK-NEXT:   {29, 841},
# CHECK-NEXT:   {30, 900}
# CHECK-NEXT: ]
# CHECK-NEXT: %{
# CHECK-NEXT:   alpha: "aaaaaaaaaaaaaaaaaaaa",
# CHECK-NEXT:   beta: "bbbbbbbbbbbbbbbbbbbbbbbb",
# CHECK-NEXT:   gamma: "cccccccccccccccccccc"
# CHECK-NEXT: }
# CHECK-NEXT: [
# CHECK-NEXT:   [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
# CHECK-NEXT:   [16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]
# CHECK-NEXT: ]
# CHECK-NEXT: {:a_rather_long_atom_name, :another_rather_long_atom,
# CHECK-NEXT:  :yet_another_long_atom_name_here}
# CHECK-NEXT: [
# CHECK-NEXT:   %{id: 1, label: "label number 1"},
# CHECK-NEXT:   %{id: 2, label: "label number 2"},
# CHECK-NEXT:   %{id: 3, label: "label number 3"},
# CHECK-NEXT:   %{id: 4, label: "label number 4"},
# CHECK-NEXT:   %{id: 5, label: "label number 5"},
# CHECK-NEXT:   %{id: 6, label: "label number 6"},
# CHECK-NEXT:   %{id: 7, label: "label number 7"},
# CHECK-NEXT:   %{id: 8, label: "label number 8"}
# CHECK-NEXT: ]
# CHECK-NEXT: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
# CHECK-NEXT: ["yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"]
# CHECK-NEXT: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14",
# CHECK-NEXT:  "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27",
# CHECK-NEXT:  "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40",
# CHECK-NEXT:  "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", ...]
# CHECK-NEXT: [
# CHECK-NEXT:   [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
# CHECK-NEXT:   [11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
# CHECK-NEXT:   [21, 22, 23, 24, 25, 26, 27, 28, 29, 30],
# CHECK-NEXT:   [31, 32, 33, 34, 35, 36, 37, 38, 39, 40]
# CHECK-NEXT: ]
# CHECK-NEXT: %{
# CHECK-NEXT:   list: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
# CHECK-NEXT:    21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39,
# CHECK-NEXT:    40, 41, 42, 43, 44, 45, 46, 47, 48, 49, ...]
# CHECK-NEXT: }
# CHECK-NEXT: [
# CHECK-NEXT:   nested: [
# CHECK-NEXT:     deeper: [
# CHECK-NEXT:       deepest: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
# CHECK-NEXT:        19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]
# CHECK-NEXT:     ]
# CHECK-NEXT:   ]
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   {1, ["zzzzz"]},
# CHECK-NEXT:   {2, ["zzzzzzzzzz"]},
# CHECK-NEXT:   {3, ["zzzzzzzzzzzzzzz"]},
# CHECK-NEXT:   {4, ["zzzzzzzzzzzzzzzzzzzz"]},
# CHECK-NEXT:   {5, ["zzzzzzzzzzzzzzzzzzzzzzzzz"]}
# CHECK-NEXT: ]
# CHECK-NEXT: %{
# CHECK-NEXT:   1 => :v1,
# CHECK-NEXT:   2 => :v2,
# CHECK-NEXT:   3 => :v3,
# CHECK-NEXT:   4 => :v4,
# CHECK-NEXT:   5 => :v5,
# CHECK-NEXT:   6 => :v6,
# CHECK-NEXT:   7 => :v7,
# CHECK-NEXT:   8 => :v8,
# CHECK-NEXT:   9 => :v9,
# CHECK-NEXT:   10 => :v10,
# CHECK-NEXT:   11 => :v11,
# CHECK-NEXT:   12 => :v12,
# CHECK-NEXT:   13 => :v13,
# CHECK-NEXT:   14 => :v14,
# CHECK-NEXT:   15 => :v15,
# CHECK-NEXT:   16 => :v16,
# CHECK-NEXT:   17 => :v17,
# CHECK-NEXT:   18 => :v18,
# CHECK-NEXT:   19 => :v19,
# CHECK-NEXT:   20 => :v20
# CHECK-NEXT: }
# CHECK-NEXT: [:x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x,
# CHECK-NEXT:  :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, :x,
# CHECK-NEXT:  :x, :x, :x, :x, :x, :x, :x, :x, :x, :x, ...]
# CHECK-NEXT: {:ab, :ab, :ab, :ab, :ab, :ab, :ab, :ab, :ab, :ab, :ab, :ab, :ab, :ab, :ab, :ab,
# CHECK-NEXT:  :ab, :ab, :ab, :ab, :ab, :ab, :ab, :ab, :ab, :ab, :ab, :ab, :ab, :ab}
# CHECK-NEXT: 'a long charlist that goes past the eighty column limit for sure, yes indeed it does'
# CHECK-NEXT: [1, 2, 3, 4, 5, 6, 7, 8, 9,
# CHECK-NEXT:  10, 11, 12, 13, 14, 15, 16,
# CHECK-NEXT:  17, 18, 19, 20]
# CHECK-NEXT: [1, 2, 3, 4, 5, ...]
# CHECK-NEXT: %{a: 1, b: 2, ...}
# CHECK-NEXT: "abcdef"
# CHECK-NEXT: [1, [2, [3, [4]]]]
# CHECK-NEXT: [1,
# CHECK-NEXT:  2,
# CHECK-NEXT:  3,
# CHECK-NEXT:  4,
# CHECK-NEXT:  5,
# CHECK-NEXT:  6,
# CHECK-NEXT:  7,
# CHECK-NEXT:  8,
# CHECK-NEXT:  9,
# CHECK-NEXT:  10,
# CHECK-NEXT:  11,
# CHECK-NEXT:  12,
# CHECK-NEXT:  13,
# CHECK-NEXT:  14,
# CHECK-NEXT:  15,
# CHECK-NEXT:  16,
# CHECK-NEXT:  17,
# CHECK-NEXT:  18,
# CHECK-NEXT:  19,
# CHECK-NEXT:  20,
# CHECK-NEXT:  21,
# CHECK-NEXT:  22,
# CHECK-NEXT:  23,
# CHECK-NEXT:  24,
# CHECK-NEXT:  25,
# CHECK-NEXT:  26,
# CHECK-NEXT:  27,
# CHECK-NEXT:  28,
# CHECK-NEXT:  29,
# CHECK-NEXT:  30]
# CHECK-NEXT: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, ...]
# CHECK-NEXT: %{
# CHECK-NEXT:   k: [1, 2, 3, 4, 5,
# CHECK-NEXT:    6, 7, 8, 9, 10]
# CHECK-NEXT: }
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: [97, 98, 99]
# CHECK-NEXT: 'hi'
# CHECK-NEXT: "\x01\x02\x03"
# CHECK-NEXT: <<97, 98, 99>>
# CHECK-NEXT: 0xFF
# CHECK-NEXT: 0b1010
# CHECK-NEXT: [0o12, 0o377]
# CHECK-NEXT: :ok
# CHECK-NEXT: %{a: 2, b: 1}
