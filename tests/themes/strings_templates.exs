# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Tpl do
  def render(tpl, vars) do
    Enum.reduce(vars, tpl, fn {k, v}, acc -> String.replace(acc, "{{#{k}}}", to_string(v)) end)
  end
  def slugify(s) do
    s
    |> String.downcase()
    |> String.to_charlist()
    |> Enum.map(fn c when c in ?a..?z or c in ?0..?9 -> c; _ -> ?- end)
    |> List.to_string()
    |> String.split("-", trim: true)
    |> Enum.join("-")
  end
  def truncate(s, n) when byte_size(s) <= n, do: s
  def truncate(s, n), do: String.slice(s, 0, n - 3) <> "..."
  def initials(name), do: name |> String.split() |> Enum.map_join(&String.first/1) |> String.upcase()
  def mask(card), do: String.duplicate("*", String.length(card) - 4) <> String.slice(card, -4, 4)
  def count_words(s), do: s |> String.split(~w(\s \n \t)) |> Enum.reject(&(&1 == "")) |> length()
end
IO.puts(Tpl.render("Hello {{name}}, you owe {{amount}} by {{date}}.", name: "Ann", amount: 12.5, date: "Friday"))
IO.puts(Tpl.render("{{x}}{{x}}{{y}}", %{x: 1, y: :two}))
IO.puts(Tpl.render("no vars", []))
for t <- ["Hello, World!", "  Elixir 1.14 -- is  GREAT  ", "ümlaut & co", "already-a-slug"] do
  IO.puts(Tpl.slugify(t))
end
IO.puts(Tpl.truncate("short", 10))
IO.puts(Tpl.truncate("a much longer sentence here", 10))
IO.puts(Tpl.initials("ada king lovelace"))
IO.puts(Tpl.mask("4111111111111111"))
IO.inspect(Tpl.count_words("one two\tthree\nfour  five"))
lines = ["name: Ann", "age: 33", "bad line", "city : Oslo", "empty:"]
parsed = for l <- lines, [k, v] <- [String.split(l, ":", parts: 2)], into: %{}, do: {String.trim(k), String.trim(v)}
IO.inspect(parsed)
IO.puts(String.pad_leading("", 5, "ab") <> "|")
IO.puts(Enum.map_join(["a", "b", "c"], ", ", &"'#{&1}'"))
IO.puts(["Total: ", Integer.to_string(42), " items"] |> IO.iodata_to_binary())
table = [["id", "name", "score"], ["1", "Ann", "9.5"], ["22", "Bartholomew", "10"]]
widths = table |> Enum.zip() |> Enum.map(fn col -> col |> Tuple.to_list() |> Enum.map(&String.length/1) |> Enum.max() end)
for row <- table do
  row |> Enum.zip(widths) |> Enum.map_join(" | ", fn {c, w} -> String.pad_trailing(c, w) end) |> IO.puts()
end
IO.puts(String.duplicate("-", Enum.sum(widths) + 6))

# CHECK: Hello Ann, you owe 12.5 by Friday.
# CHECK-NEXT: 11two
# CHECK-NEXT: no vars
# CHECK-NEXT: hello-world
# CHECK-NEXT: elixir-1-14-is-great
# CHECK-NEXT: mlaut-co
# CHECK-NEXT: already-a-slug
# CHECK-NEXT: short
# CHECK-NEXT: a much ...
# CHECK-NEXT: AKL
# CHECK-NEXT: ************1111
# CHECK-NEXT: 1
# CHECK-NEXT: %{"age" => "33", "city" => "Oslo", "empty" => "", "name" => "Ann"}
# CHECK-NEXT: ababa|
# CHECK-NEXT: 'a', 'b', 'c'
# CHECK-NEXT: Total: 42 items
# CHECK-NEXT: id | name        | score
# CHECK-NEXT: 1  | Ann         | 9.5  
# CHECK-NEXT: 22 | Bartholomew | 10   
# CHECK-NEXT: ------------------------
