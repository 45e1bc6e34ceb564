# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Text do
  def wrap(text, width) do
    text
    |> String.split()
    |> Enum.reduce([""], fn word, [line | rest] ->
      cond do
        line == "" -> [word | rest]
        String.length(line) + 1 + String.length(word) <= width -> [line <> " " <> word | rest]
        true -> [word, line | rest]
      end
    end)
    |> Enum.reverse()
  end
  def center(s, w) do
    total = max(w - String.length(s), 0)
    left = div(total, 2)
    String.duplicate(" ", left) <> s <> String.duplicate(" ", total - left)
  end
  def title_case(s), do: s |> String.split(" ") |> Enum.map_join(" ", &String.capitalize/1)
  def snake(s), do: s |> String.replace(" ", "_") |> String.downcase()
  def camel(s) do
    [h | t] = String.split(s, "_")
    h <> Enum.map_join(t, &String.capitalize/1)
  end
  def palindrome?(s) do
    clean = s |> String.downcase() |> String.graphemes() |> Enum.filter(&(&1 =~ "" and &1 not in [" ", ",", ".", "!", "'"]))
    clean == Enum.reverse(clean)
  end
  def caesar(s, k) do
    s
    |> String.to_charlist()
    |> Enum.map(fn
      c when c in ?a..?z -> rem(c - ?a + k, 26) + ?a
      c when c in ?A..?Z -> rem(c - ?A + k, 26) + ?A
      c -> c
    end)
    |> List.to_string()
  end
  def vowels(s), do: s |> String.downcase() |> String.graphemes() |> Enum.count(&(&1 in ~w(a e i o u)))
end

lorem = "The quick brown fox jumps over the lazy dog while the cat watches from a very comfortable windowsill nearby."
Enum.each(Text.wrap(lorem, 30), &IO.puts("|" <> String.pad_trailing(&1, 30) <> "|"))
IO.puts("[" <> Text.center("title", 21) <> "]")
IO.puts("[" <> Text.center("too long for the width", 5) <> "]")
IO.puts(Text.title_case("hello wide world of elixir"))
IO.puts(Text.snake("Some Mixed Case Words"))
IO.puts(Text.camel("some_snake_case_name"))
for s <- ["A man, a plan, a canal, Panama!", "Elixir", "Was it a car or a cat I saw", "No 'x' in Nixon"] do
  IO.puts("#{inspect(s)} palindrome? #{Text.palindrome?(s)}")
end
IO.puts(Text.caesar("Hello, World!", 3))
IO.puts(Text.caesar(Text.caesar("Hello, World!", 3), 23))
IO.inspect(Text.vowels(lorem))
IO.inspect(lorem |> String.split() |> Enum.map(&String.length/1) |> Enum.max())
IO.inspect(lorem |> String.split() |> Enum.sort_by(&{-String.length(&1), &1}) |> Enum.take(3))
IO.inspect(String.split(lorem, ["the ", "The "]) |> length())
csv = "name,age,city\nAnn,30,Oslo\nBob,25,\"Rome\"\nCy,,Paris\n"
[header | rows] = csv |> String.trim() |> String.split("\n") |> Enum.map(&String.split(&1, ","))
IO.inspect(header)
recs = Enum.map(rows, fn r -> Enum.zip(header, r) |> Map.new() end)
IO.inspect(recs)
IO.inspect(Enum.map(recs, fn r -> r["city"] |> String.trim("\"") end))
IO.inspect(Enum.map(recs, &(Integer.parse(&1["age"]) |> case do {n, _} -> n; :error -> nil end)))

# CHECK: |The quick brown fox jumps over|
# CHECK-NEXT: |the lazy dog while the cat    |
# CHECK-NEXT: |watches from a very           |
# CHECK-NEXT: |comfortable windowsill nearby.|
# CHECK-NEXT: [        title        ]
# CHECK-NEXT: [too long for the width]
# CHECK-NEXT: Hello Wide World Of Elixir
# CHECK-NEXT: some_mixed_case_words
# CHECK-NEXT: someSnakeCaseName
# CHECK-NEXT: "A man, a plan, a canal, Panama!" palindrome? true
# CHECK-NEXT: "Elixir" palindrome? false
# CHECK-NEXT: "Was it a car or a cat I saw" palindrome? true
# CHECK-NEXT: "No 'x' in Nixon" palindrome? true
# CHECK-NEXT: Khoor, Zruog!
# CHECK-NEXT: Hello, World!
# CHECK-NEXT: 29
# CHECK-NEXT: 11
# CHECK-NEXT: ["comfortable", "windowsill", "nearby."]
# CHECK-NEXT: 4
# CHECK-NEXT: ["name", "age", "city"]
# CHECK-NEXT: [
# CHECK-NEXT:   %{"age" => "30", "city" => "Oslo", "name" => "Ann"},
# CHECK-NEXT:   %{"age" => "25", "city" => "\"Rome\"", "name" => "Bob"},
# CHECK-NEXT:   %{"age" => "", "city" => "Paris", "name" => "Cy"}
# CHECK-NEXT: ]
# CHECK-NEXT: ["Oslo", "Rome", "Paris"]
# CHECK-NEXT: [30, 25, nil]
