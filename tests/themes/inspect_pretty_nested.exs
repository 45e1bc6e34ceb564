# RUN: %athanor run %s | FileCheck --match-full-lines %s
config = [
  database: [host: "db.internal.example.com", port: 5432, pool_size: 10, ssl: true, timeout: 15_000],
  cache: %{ttl: 3600, backend: :redis, nodes: ["cache-1.example.com", "cache-2.example.com", "cache-3.example.com"]},
  features: MapSet.new([:beta_dashboard, :new_checkout, :dark_mode]),
  limits: {100, 1000, 10_000},
  admins: [%{name: "root", perms: [:all]}, %{name: "ops", perms: [:deploy, :restart, :logs]}]
]
IO.inspect(config)
IO.inspect(config, label: "config")
IO.inspect({:reply, {:ok, config[:cache]}, %{state: :running, clients: Enum.to_list(1..25)}})
IO.inspect([[[[[[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [10, 11, 12]]]]]])
IO.inspect(%{"a very long key name that takes up space" => "and an even longer value string to force wrapping"})
IO.inspect([{"short", 1}, {"a bit longer string", 2}, {"the longest string of all of these strings", 3}])
IO.inspect(Enum.map(1..3, fn i -> {:"key_#{i}", Enum.to_list(1..(i * 8))} end))
IO.inspect(%{nested: %{deeper: %{deepest: %{value: String.duplicate("v", 70)}}}})
IO.inspect({:error, %{reason: :timeout, details: [attempt: 3, backoff_ms: [100, 200, 400, 800, 1600, 3200]], node: :"worker@host"}})
IO.inspect(Enum.zip(Enum.to_list(1..12), Enum.map(1..12, &"v#{&1}")))
IO.inspect(List.duplicate(%{x: 1, y: 2}, 6))
IO.inspect(for(i <- 1..4, do: {i, for(j <- 1..i, do: j * 1111)}))
IO.inspect("a string with\nnewlines\nthat is long enough to maybe wrap past the eighty column limit")
IO.inspect(Enum.to_list(1..51))
IO.inspect(%{list: Enum.to_list(1..51)})
IO.inspect([Enum.to_list(1..51)])
IO.inspect(Map.new(1..60, &{&1, &1}) |> map_size())
IO.inspect(Enum.to_list(1..10) |> Enum.map(&{&1, [&1]}), limit: 5)
IO.inspect({1, 2, 3, 4, 5, 6, 7, 8}, limit: 3)
IO.inspect(%{a: [1, 2, 3, 4, 5], b: 'charlist'}, limit: 3)
IO.inspect(String.duplicate("abc", 50), printable_limit: 10)
IO.inspect('abcdefghij', printable_limit: 4)
IO.inspect(Enum.to_list(1..15), width: 20)
IO.inspect(%{alpha: 1, beta: 2, gamma: 3, delta: 4}, width: 10)
IO.inspect([a: [b: [c: [d: 1]]]], width: 5)

# CHECK: [
# CHECK-NEXT:   database: [
# CHECK-NEXT:     host: "db.internal.example.com",
# CHECK-NEXT:     port: 5432,
# CHECK-NEXT:     pool_size: 10,
# CHECK-NEXT:     ssl: true,
# CHECK-NEXT:     timeout: 15000
# CHECK-NEXT:   ],
# CHECK-NEXT:   cache: %{
# CHECK-NEXT:     backend: :redis,
# CHECK-NEXT:     nodes: ["cache-1.example.com", "cache-2.example.com", "cache-3.example.com"],
# CHECK-NEXT:     ttl: 3600
# CHECK-NEXT:   },
# CHECK-NEXT:   features: MapSet.new([:beta_dashboard, :dark_mode, :new_checkout]),
# CHECK-NEXT:   limits: {100, 1000, 10000},
# CHECK-NEXT:   admins: [
# CHECK-NEXT:     %{name: "root", perms: [:all]},
# CHECK-NEXT:     %{name: "ops", perms: [:deploy, :restart, :logs]}
# CHECK-NEXT:   ]
# CHECK-NEXT: ]
# CHECK-NEXT: config: [
# CHECK-NEXT:   database: [
# CHECK-NEXT:     host: "db.internal.example.com",
# CHECK-NEXT:     port: 5432,
# CHECK-NEXT:     pool_size: 10,
# CHECK-NEXT:     ssl: true,
# CHECK-NEXT:     timeout: 15000
# CHECK-NEXT:   ],
# CHECK-NEXT:   cache: %{
# CHECK-NEXT:     backend: :redis,
# CHECK-NEXT:     nodes: ["cache-1.example.com", "cache-2.example.com", "cache-3.example.com"],
# CHECK-NEXT:     ttl: 3600
# CHECK-NEXT:   },
# CHECK-NEXT:   features: MapSet.new([:beta_dashboard, :dark_mode, :new_checkout]),
# CHECK-NEXT:   limits: {100, 1000, 10000},
# CHECK-NEXT:   admins: [
# CHECK-NEXT:     %{name: "root", perms: [:all]},
# CHECK-NEXT:     %{name: "ops", perms: [:deploy, :restart, :logs]}
# CHECK-NEXT:   ]
# CHECK-NEXT: ]
# CHECK-NEXT: {:reply,
# CHECK-NEXT:  {:ok,
# CHECK-NEXT:   %{
# CHECK-NEXT:     backend: :redis,
# CHECK-NEXT:     nodes: ["cache-1.example.com", "cache-2.example.com", "cache-3.example.com"],
# CHECK-NEXT:     ttl: 3600
# CHECK-NEXT:   }},
# CHECK-NEXT:  %{
# CHECK-NEXT:    clients: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
# CHECK-NEXT:     20, 21, 22, 23, 24, 25],
# CHECK-NEXT:    state: :running
# CHECK-NEXT:  }}
# CHECK-NEXT: {{\[\[}}{{\[\[}}{{\[\[}}1, 2, 3], [4, 5, 6]], ['\a\b\t', '\n\v\f']]]]]
# CHECK-NEXT: %{
# CHECK-NEXT:   "a very long key name that takes up space" => "and an even longer value string to force wrapping"
# CHECK-NEXT: }
# CHECK-NEXT: [
# CHECK-NEXT:   {"short", 1},
# CHECK-NEXT:   {"a bit longer string", 2},
# CHECK-NEXT:   {"the longest string of all of these strings", 3}
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   key_1: [1, 2, 3, 4, 5, 6, 7, 8],
# CHECK-NEXT:   key_2: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
# CHECK-NEXT:   key_3: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
# CHECK-NEXT:    21, 22, 23, 24]
# CHECK-NEXT: ]
# CHECK-NEXT: %{
# CHECK-NEXT:   nested: %{
# CHECK-NEXT:     deeper: %{
# CHECK-NEXT:       deepest: %{
# CHECK-NEXT:         value: "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv"
# CHECK-NEXT:       }
# CHECK-NEXT:     }
# CHECK-NEXT:   }
# CHECK-NEXT: }
# CHECK-NEXT: {:error,
# CHECK-NEXT:  %{
# CHECK-NEXT:    details: [attempt: 3, backoff_ms: [100, 200, 400, 800, 1600, 3200]],
# CHECK-NEXT:    node: :worker@host,
# CHECK-NEXT:    reason: :timeout
# CHECK-NEXT:  }}
# CHECK-NEXT: [
# CHECK-NEXT:   {1, "v1"},
# CHECK-NEXT:   {2, "v2"},
# CHECK-NEXT:   {3, "v3"},
# CHECK-NEXT:   {4, "v4"},
# CHECK-NEXT:   {5, "v5"},
# CHECK-NEXT:   {6, "v6"},
# CHECK-NEXT:   {7, "v7"},
# CHECK-NEXT:   {8, "v8"},
# CHECK-NEXT:   {9, "v9"},
# CHECK-NEXT:   {10, "v10"},
# CHECK-NEXT:   {11, "v11"},
# CHECK-NEXT:   {12, "v12"}
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   %{x: 1, y: 2},
# CHECK-NEXT:   %{x: 1, y: 2},
# CHECK-NEXT:   %{x: 1, y: 2},
# CHECK-NEXT:   %{x: 1, y: 2},
# CHECK-NEXT:   %{x: 1, y: 2},
# CHECK-NEXT:   %{x: 1, y: 2}
# CHECK-NEXT: ]
# CHECK-NEXT: [
# CHECK-NEXT:   {1, [1111]},
# CHECK-NEXT:   {2, [1111, 2222]},
# CHECK-NEXT:   {3, [1111, 2222, 3333]},
# CHECK-NEXT:   {4, [1111, 2222, 3333, 4444]}
# CHECK-NEXT: ]
# CHECK-NEXT: "a string with\nnewlines\nthat is long enough to maybe wrap past the eighty column limit"
# CHECK-NEXT: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
# CHECK-NEXT:  23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
# CHECK-NEXT:  43, 44, 45, 46, 47, 48, 49, 50, ...]
# CHECK-NEXT: %{
# CHECK-NEXT:   list: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
# CHECK-NEXT:    21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39,
# CHECK-NEXT:    40, 41, 42, 43, 44, 45, 46, 47, 48, 49, ...]
# CHECK-NEXT: }
# CHECK-NEXT: [
# CHECK-NEXT:   [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
# CHECK-NEXT:    22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
# CHECK-NEXT:    41, 42, 43, 44, 45, 46, 47, 48, 49, ...]
# CHECK-NEXT: ]
# CHECK-NEXT: 60
# CHECK-NEXT: [{1, [1]}, {2, [2]}, {3, [...]}, {4, ...}, {...}, ...]
# CHECK-NEXT: {1, 2, 3, ...}
# CHECK-NEXT: %{a: [1, 2, ...], b: 'charlist'}
# CHECK-NEXT: "abcabcabca" <> ...
# CHECK-NEXT: 'abcd' ++ ...
# CHECK-NEXT: [1, 2, 3, 4, 5, 6,
# CHECK-NEXT:  7, 8, 9, 10, 11,
# CHECK-NEXT:  12, 13, 14, 15]
# CHECK-NEXT: %{
# CHECK-NEXT:   alpha: 1,
# CHECK-NEXT:   beta: 2,
# CHECK-NEXT:   delta: 4,
# CHECK-NEXT:   gamma: 3
# CHECK-NEXT: }
# CHECK-NEXT: [
# CHECK-NEXT:   a: [
# CHECK-NEXT:     b: [
# CHECK-NEXT:       c: [
# CHECK-NEXT:         d: 1
# CHECK-NEXT:       ]
# CHECK-NEXT:     ]
# CHECK-NEXT:   ]
# CHECK-NEXT: ]
