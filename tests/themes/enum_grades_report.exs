# RUN: %athanor run %s | FileCheck --match-full-lines %s
students = [
  %{name: "Ana", scores: [88, 92, 79], year: 2},
  %{name: "Ben", scores: [65, 70, 58], year: 1},
  %{name: "Cid", scores: [95, 98, 100], year: 3},
  %{name: "Dee", scores: [72, 85, 90], year: 2},
  %{name: "Eve", scores: [50, 45, 61], year: 1},
  %{name: "Fay", scores: [], year: 3}
]
avg = fn
  [] -> nil
  l -> Enum.sum(l) / length(l)
end
grade = fn
  nil -> "-"
  a when a >= 90 -> "A"
  a when a >= 80 -> "B"
  a when a >= 70 -> "C"
  a when a >= 60 -> "D"
  _ -> "F"
end
rows = Enum.map(students, fn s -> a = avg.(s.scores); {s.name, s.year, a, grade.(a)} end)
for {n, y, a, g} <- rows do
  shown = if a, do: :erlang.float_to_binary(a, decimals: 1), else: "n/a"
  IO.puts("#{String.pad_trailing(n, 5)}Y#{y} #{String.pad_leading(shown, 6)}  #{g}")
end
IO.inspect(rows |> Enum.group_by(&elem(&1, 3), &elem(&1, 0)))
IO.inspect(rows |> Enum.reject(&is_nil(elem(&1, 2))) |> Enum.max_by(&elem(&1, 2)) |> elem(0))
IO.inspect(students |> Enum.group_by(& &1.year) |> Enum.map(fn {y, ss} -> {y, length(ss)} end))
by_year = Enum.reduce(students, %{}, fn s, acc -> Map.update(acc, s.year, s.scores, &(&1 ++ s.scores)) end)
IO.inspect(by_year)
IO.inspect(Map.new(by_year, fn {y, sc} -> {y, avg.(sc)} end))
all = Enum.flat_map(students, & &1.scores)
IO.inspect({Enum.min(all), Enum.max(all), length(all)})
IO.inspect(Enum.sort(all) |> Enum.chunk_every(4) |> Enum.map(&Enum.sum/1))
median = fn l -> s = Enum.sort(l); n = length(s); if rem(n, 2) == 1, do: Enum.at(s, div(n, 2)), else: (Enum.at(s, div(n, 2) - 1) + Enum.at(s, div(n, 2))) / 2 end
IO.inspect(median.(all))
IO.inspect(Enum.frequencies_by(all, &div(&1, 10) * 10) |> Enum.sort())
histogram = all |> Enum.group_by(&div(&1, 10)) |> Enum.sort() |> Enum.map(fn {d, l} -> "#{d * 10}s: " <> String.duplicate("#", length(l)) end)
Enum.each(histogram, &IO.puts/1)
{passed, failed} = Enum.split_with(rows, fn {_, _, a, _} -> a != nil and a >= 60 end)
IO.inspect({length(passed), Enum.map(failed, &elem(&1, 0))})
ranked = rows |> Enum.filter(&elem(&1, 2)) |> Enum.sort_by(&elem(&1, 2), :desc) |> Enum.with_index(1)
Enum.each(ranked, fn {{n, _, a, _}, i} -> IO.puts("#{i}. #{n} (#{Float.round(a, 2)})") end)

# CHECK: Ana  Y2   86.3  B
# CHECK-NEXT: Ben  Y1   64.3  D
# CHECK-NEXT: Cid  Y3   97.7  A
# CHECK-NEXT: Dee  Y2   82.3  B
# CHECK-NEXT: Eve  Y1   52.0  F
# CHECK-NEXT: Fay  Y3    n/a  -
# CHECK-NEXT: %{
# CHECK-NEXT:   "-" => ["Fay"],
# CHECK-NEXT:   "A" => ["Cid"],
# CHECK-NEXT:   "B" => ["Ana", "Dee"],
# CHECK-NEXT:   "D" => ["Ben"],
# CHECK-NEXT:   "F" => ["Eve"]
# CHECK-NEXT: }
# CHECK-NEXT: "Cid"
# CHECK-NEXT: [{1, 2}, {2, 2}, {3, 2}]
# CHECK-NEXT: %{1 => 'AF:2-=', 2 => 'X\\OHUZ', 3 => '_bd'}
# CHECK-NEXT: %{1 => 58.166666666666664, 2 => 84.33333333333333, 3 => 97.66666666666667}
# CHECK-NEXT: {45, 100, 15}
# CHECK-NEXT: [214, 286, 355, 293]
# CHECK-NEXT: 79
# CHECK-NEXT: [{40, 1}, {50, 2}, {60, 2}, {70, 3}, {80, 2}, {90, 4}, {100, 1}]
# CHECK-NEXT: 40s: #
# CHECK-NEXT: 50s: ##
# CHECK-NEXT: 60s: ##
# CHECK-NEXT: 70s: ###
# CHECK-NEXT: 80s: ##
# CHECK-NEXT: 90s: ####
# CHECK-NEXT: 100s: #
# CHECK-NEXT: {4, ["Eve", "Fay"]}
# CHECK-NEXT: 1. Cid (97.67)
# CHECK-NEXT: 2. Ana (86.33)
# CHECK-NEXT: 3. Dee (82.33)
# CHECK-NEXT: 4. Ben (64.33)
# CHECK-NEXT: 5. Eve (52.0)
