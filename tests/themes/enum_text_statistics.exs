# RUN: %athanor run %s | FileCheck --match-full-lines %s
text = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness.
"""
words = text |> String.downcase() |> String.replace([",", "."], "") |> String.split()
IO.inspect(length(words))
IO.inspect(words |> Enum.uniq() |> length())
freq = Enum.frequencies(words)
top = freq |> Enum.sort_by(fn {w, c} -> {-c, w} end) |> Enum.take(6)
IO.inspect(top)
IO.inspect(words |> Enum.map(&String.length/1) |> Enum.frequencies())
IO.inspect(words |> Enum.chunk_every(2, 1, :discard) |> Enum.frequencies() |> Enum.filter(fn {_, c} -> c > 2 end) |> Enum.sort())
IO.inspect(words |> Enum.group_by(&String.first/1) |> Map.new(fn {k, v} -> {k, length(v)} end))
IO.inspect(words |> Enum.with_index() |> Enum.filter(fn {w, _} -> w == "season" end) |> Enum.map(&elem(&1, 1)))
IO.inspect(words |> Enum.reduce(%{}, fn w, acc -> Map.update(acc, String.length(w), [w], &Enum.uniq([w | &1])) end) |> Map.get(5) |> Enum.sort())
lines = String.split(text, "\n", trim: true)
IO.inspect(Enum.map(lines, &String.length/1))
IO.inspect(lines |> Enum.map(&(String.split(&1) |> length())))
IO.inspect(Enum.max_by(lines, &String.length/1) |> String.slice(0, 20))
chars = text |> String.downcase() |> String.graphemes() |> Enum.filter(&(&1 >= "a" and &1 <= "z"))
IO.inspect(chars |> Enum.frequencies() |> Enum.max_by(&elem(&1, 1)))
vowels = Enum.count(chars, &(&1 in ~w(a e i o u)))
IO.inspect({vowels, length(chars) - vowels})
IO.inspect(Float.round(vowels / length(chars), 3))
acronym = lines |> hd() |> String.split() |> Enum.take(5) |> Enum.map_join(&String.first/1) |> String.upcase()
IO.inspect(acronym)
IO.inspect(words |> Enum.dedup() |> length())
IO.inspect(words |> Enum.take_every(7))
IO.inspect(words |> Enum.reverse() |> Enum.take(3))
IO.inspect(Enum.zip(words, tl(words)) |> Enum.count(fn {a, b} -> a == b end))

# CHECK: 48
# CHECK-NEXT: 16
# CHECK-NEXT: [{"it", 8}, {"of", 8}, {"the", 8}, {"was", 8}, {"age", 2}, {"epoch", 2}]
# CHECK-NEXT: %{2 => 16, 3 => 18, 4 => 1, 5 => 6, 6 => 4, 8 => 1, 11 => 2}
# CHECK-NEXT: [{["it", "was"], 8}, {["was", "the"], 8}]
# CHECK-NEXT: %{
# CHECK-NEXT:   "a" => 2,
# CHECK-NEXT:   "b" => 2,
# CHECK-NEXT:   "d" => 1,
# CHECK-NEXT:   "e" => 2,
# CHECK-NEXT:   "f" => 1,
# CHECK-NEXT:   "i" => 9,
# CHECK-NEXT:   "l" => 1,
# CHECK-NEXT:   "o" => 8,
# CHECK-NEXT:   "s" => 2,
# CHECK-NEXT:   "t" => 10,
# CHECK-NEXT:   "w" => 10
# CHECK-NEXT: }
# CHECK-NEXT: '\'-'
# CHECK-NEXT: ["epoch", "light", "times", "worst"]
# CHECK-NEXT: 'NNG'
# CHECK-NEXT: [18, 17, 13]
# CHECK-NEXT: "It was the best of t"
# CHECK-NEXT: {"e", 22}
# CHECK-NEXT: {68, 106}
# CHECK-NEXT: 0.391
# CHECK-NEXT: "IWTBO"
# CHECK-NEXT: 48
# CHECK-NEXT: ["it", "was", "the", "age", "of", "incredulity", "it"]
# CHECK-NEXT: ["darkness", "of", "season"]
# CHECK-NEXT: 0
