# RUN: %athanor run %s | FileCheck --match-full-lines %s
text = """
The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! Quick, quick: the end.
"""
words =
  text
  |> String.downcase()
  |> String.replace([".", ",", ";", ":", "!"], "")
  |> String.split()
IO.inspect(length(words))
freq = Enum.frequencies(words)
IO.inspect(freq)
top = freq |> Enum.sort_by(fn {w, c} -> {-c, w} end) |> Enum.take(4)
IO.inspect(top)
Enum.each(top, fn {w, c} -> IO.puts(String.pad_trailing(w, 8) <> String.duplicate("*", c)) end)
by_len = Enum.group_by(Enum.uniq(words), &String.length/1)
IO.inspect(by_len)
IO.inspect(Map.keys(by_len))
longest = by_len |> Map.keys() |> Enum.max()
IO.inspect(Enum.sort(by_len[longest]))
letters = text |> String.downcase() |> String.graphemes() |> Enum.filter(&(&1 >= "a" and &1 <= "z")) |> Enum.frequencies()
IO.inspect(letters |> Enum.sort_by(fn {l, c} -> {-c, l} end) |> Enum.take(5))
IO.inspect(map_size(letters))

# CHECK: 19
# CHECK-NEXT: %{
# CHECK-NEXT:   "brown" => 1,
# CHECK-NEXT:   "dog" => 2,
# CHECK-NEXT:   "end" => 1,
# CHECK-NEXT:   "fox" => 2,
# CHECK-NEXT:   "jumps" => 1,
# CHECK-NEXT:   "lazy" => 1,
# CHECK-NEXT:   "over" => 1,
# CHECK-NEXT:   "quick" => 3,
# CHECK-NEXT:   "runs" => 1,
# CHECK-NEXT:   "sleeps" => 1,
# CHECK-NEXT:   "the" => 5
# CHECK-NEXT: }
# CHECK-NEXT: [{"the", 5}, {"quick", 3}, {"dog", 2}, {"fox", 2}]
# CHECK-NEXT: the     *****
# CHECK-NEXT: quick   ***
# CHECK-NEXT: dog     **
# CHECK-NEXT: fox     **
# CHECK-NEXT: %{
# CHECK-NEXT:   3 => ["the", "fox", "dog", "end"],
# CHECK-NEXT:   4 => ["over", "lazy", "runs"],
# CHECK-NEXT:   5 => ["quick", "brown", "jumps"],
# CHECK-NEXT:   6 => ["sleeps"]
# CHECK-NEXT: }
# CHECK-NEXT: [3, 4, 5, 6]
# CHECK-NEXT: ["sleeps"]
# CHECK-NEXT: [{"e", 9}, {"o", 6}, {"h", 5}, {"t", 5}, {"u", 5}]
# CHECK-NEXT: 26
