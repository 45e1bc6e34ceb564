# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Maps above 32 keys list their entries in BEAM's hash-trie order: inspect, Map.keys and
# Enum.to_list walk it one way, Enum.reduce-based functions (map, each, for) the other.
squares = Map.new(1..40, fn i -> {i, i * i} end)
IO.inspect(squares)
IO.inspect(Map.keys(squares) |> Enum.take(8))
IO.inspect(Enum.map(squares, fn {k, _} -> k end) |> Enum.take(8))
IO.inspect(for({k, v} <- squares, v > 1000, do: k))
IO.inspect(Enum.take(squares, 3))
IO.inspect(Map.new(1..34, &{"key#{&1}", &1}), width: 100)
IO.inspect(MapSet.new(-20..20))
grid = for x <- 0..5, y <- 0..5, into: %{}, do: {{x, y}, x * y}
IO.inspect(Map.keys(grid) |> Enum.take(6))
IO.inspect(Map.new(1..35, &{&1 * 0.5, [&1]}) |> Map.values() |> Enum.take(6))

# CHECK: %{
# CHECK-NEXT:   33 => 1089,
# CHECK-NEXT:   12 => 144,
# CHECK-NEXT:   23 => 529,
# CHECK-NEXT:   29 => 841,
# CHECK-NEXT:   30 => 900,
# CHECK-NEXT:   39 => 1521,
# CHECK-NEXT:   26 => 676,
# CHECK-NEXT:   31 => 961,
# CHECK-NEXT:   11 => 121,
# CHECK-NEXT:   37 => 1369,
# CHECK-NEXT:   9 => 81,
# CHECK-NEXT:   32 => 1024,
# CHECK-NEXT:   34 => 1156,
# CHECK-NEXT:   25 => 625,
# CHECK-NEXT:   28 => 784,
# CHECK-NEXT:   6 => 36,
# CHECK-NEXT:   38 => 1444,
# CHECK-NEXT:   13 => 169,
# CHECK-NEXT:   40 => 1600,
# CHECK-NEXT:   20 => 400,
# CHECK-NEXT:   15 => 225,
# CHECK-NEXT:   14 => 196,
# CHECK-NEXT:   2 => 4,
# CHECK-NEXT:   7 => 49,
# CHECK-NEXT:   1 => 1,
# CHECK-NEXT:   8 => 64,
# CHECK-NEXT:   3 => 9,
# CHECK-NEXT:   17 => 289,
# CHECK-NEXT:   22 => 484,
# CHECK-NEXT:   21 => 441,
# CHECK-NEXT:   4 => 16,
# CHECK-NEXT:   36 => 1296,
# CHECK-NEXT:   24 => 576,
# CHECK-NEXT:   10 => 100,
# CHECK-NEXT:   35 => 1225,
# CHECK-NEXT:   27 => 729,
# CHECK-NEXT:   19 => 361,
# CHECK-NEXT:   5 => 25,
# CHECK-NEXT:   18 => 324,
# CHECK-NEXT:   16 => 256
# CHECK-NEXT: }
# CHECK-NEXT: [33, 12, 23, 29, 30, 39, 26, 31]
# CHECK-NEXT: [16, 18, 5, 19, 27, 35, 10, 24]
# CHECK-NEXT: '#$(&" %\'!'
# CHECK-NEXT: [{33, 1089}, {12, 144}, {23, 529}]
# CHECK-NEXT: %{
# CHECK-NEXT:   "key19" => 19,
# CHECK-NEXT:   "key13" => 13,
# CHECK-NEXT:   "key5" => 5,
# CHECK-NEXT:   "key7" => 7,
# CHECK-NEXT:   "key8" => 8,
# CHECK-NEXT:   "key27" => 27,
# CHECK-NEXT:   "key18" => 18,
# CHECK-NEXT:   "key17" => 17,
# CHECK-NEXT:   "key14" => 14,
# CHECK-NEXT:   "key28" => 28,
# CHECK-NEXT:   "key25" => 25,
# CHECK-NEXT:   "key21" => 21,
# CHECK-NEXT:   "key2" => 2,
# CHECK-NEXT:   "key24" => 24,
# CHECK-NEXT:   "key22" => 22,
# CHECK-NEXT:   "key4" => 4,
# CHECK-NEXT:   "key6" => 6,
# CHECK-NEXT:   "key31" => 31,
# CHECK-NEXT:   "key30" => 30,
# CHECK-NEXT:   "key26" => 26,
# CHECK-NEXT:   "key32" => 32,
# CHECK-NEXT:   "key15" => 15,
# CHECK-NEXT:   "key23" => 23,
# CHECK-NEXT:   "key11" => 11,
# CHECK-NEXT:   "key9" => 9,
# CHECK-NEXT:   "key1" => 1,
# CHECK-NEXT:   "key29" => 29,
# CHECK-NEXT:   "key16" => 16,
# CHECK-NEXT:   "key10" => 10,
# CHECK-NEXT:   "key34" => 34,
# CHECK-NEXT:   "key20" => 20,
# CHECK-NEXT:   "key33" => 33,
# CHECK-NEXT:   "key12" => 12,
# CHECK-NEXT:   "key3" => 3
# CHECK-NEXT: }
# CHECK-NEXT: MapSet.new([12, -10, -13, -15, -2, 11, 9, -5, -18, -20, 6, -14, 0, 13, -6, -12,
# CHECK-NEXT:  20, -17, 15, 14, 2, 7, -3, 1, 8, 3, 17, 4, -1, -16, 10, -7, -9, -8, 19, 5, -11,
# CHECK-NEXT:  18, -19, -4, 16])
# CHECK-NEXT: [{4, 5}, {1, 2}, {5, 2}, {2, 4}, {0, 3}, {1, 1}]
# CHECK-NEXT: {{\[\[}}22], '\n', '!', '\r', [21], [15]]
