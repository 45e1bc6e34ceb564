# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum functions on large lists and ranges run in linear (or n log n) time.
n = 300_000
list = Enum.to_list(1..n)
IO.inspect length(Enum.map(list, &(&1 * 2)))
IO.inspect Enum.sum(Enum.filter(list, &(rem(&1, 2) == 0)))
IO.inspect Enum.reverse(list) |> hd()
IO.inspect Enum.sort(Enum.reverse(list)) == list
IO.inspect Enum.sort(list, :desc) |> hd()
IO.inspect Enum.sort_by(list, &(-&1)) |> hd()
IO.inspect length(Enum.uniq(list ++ list))
IO.inspect Enum.frequencies(Enum.map(list, &rem(&1, 3)))
IO.inspect length(Enum.chunk_every(list, 7))
IO.inspect Enum.zip(list, list) |> length()
IO.inspect Enum.take(list, -2)
IO.inspect Enum.at(list, n - 1)
IO.inspect Enum.with_index(list) |> List.last()
IO.inspect Enum.dedup(list) |> length()
IO.inspect Enum.join(Enum.take(list, 5), ",")
IO.inspect Enum.group_by(list, &rem(&1, 2)) |> Map.keys()
IO.inspect Enum.max(list)
IO.inspect Enum.split(list, n - 1) |> elem(1)
IO.inspect Enum.flat_map(list, &[&1, &1]) |> length()
IO.inspect Enum.intersperse(list, 0) |> length()
IO.inspect Enum.scan(list, &+/2) |> List.last()
IO.inspect Enum.slice(list, -3..-1)
# CHECK: 300000
# CHECK-NEXT: 22500150000
# CHECK-NEXT: 300000
# CHECK-NEXT: true
# CHECK-NEXT: 300000
# CHECK-NEXT: 300000
# CHECK-NEXT: 300000
# CHECK-NEXT: %{0 => 100000, 1 => 100000, 2 => 100000}
# CHECK-NEXT: 42858
# CHECK-NEXT: 300000
# CHECK-NEXT: [299999, 300000]
# CHECK-NEXT: 300000
# CHECK-NEXT: {300000, 299999}
# CHECK-NEXT: 300000
# CHECK-NEXT: "1,2,3,4,5"
# CHECK-NEXT: [0, 1]
# CHECK-NEXT: 300000
# CHECK-NEXT: [300000]
# CHECK-NEXT: 600000
# CHECK-NEXT: 599999
# CHECK-NEXT: 45000150000
# CHECK-NEXT: [299998, 299999, 300000]
