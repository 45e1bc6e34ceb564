# RUN: %athanor run %s | FileCheck --match-full-lines %s
IO.inspect(String.myers_difference("kitten", "sitting"))
IO.inspect(List.myers_difference([1, 2, 3, 4], [1, 3, 4, 5]))
IO.inspect(String.jaro_distance("dwayne", "duane") |> Float.round(4))
IO.inspect(String.bag_distance("abc", "abd") |> Float.round(4))
IO.inspect(String.equivalent?("é", "e\u0301"))
IO.inspect(String.normalize("e\u0301", :nfc) == "é")
IO.inspect(String.normalize("é", :nfd) |> String.codepoints() |> length())
lev = fn a, b ->
  a = String.graphemes(a)
  b = String.graphemes(b)
  row0 = Enum.to_list(0..length(b))
  Enum.reduce(Enum.with_index(a, 1), row0, fn {ca, i}, prev ->
    Enum.reduce(Enum.with_index(b, 1), [i], fn {cb, j}, row ->
      cost = if ca == cb, do: 0, else: 1
      left = hd(row)
      up = Enum.at(prev, j)
      diag = Enum.at(prev, j - 1)
      [Enum.min([left + 1, up + 1, diag + cost]) | row]
    end)
    |> Enum.reverse()
  end)
  |> List.last()
end
IO.inspect(Enum.map([{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"same", "same"}, {"日本語", "日本"}], fn {a, b} -> lev.(a, b) end))
IO.inspect(Enum.sort(["banana", "Apple", "cherry", "apple", "Banana"]))
IO.inspect(Enum.sort_by(["banana", "Apple", "cherry", "apple", "Banana"], &String.downcase/1))
IO.inspect(Enum.sort(["é", "e", "f", "z", "É"]))
IO.inspect("abc" < "abcd" and "abd" > "abc" and "B" < "a")
IO.inspect(String.starts_with?("Elixir", ["Er", "El"]))
IO.inspect(String.contains?("functional programming", ["fun", "xyz"]))

# CHECK: [del: "k", ins: "s", eq: "itt", del: "e", ins: "i", eq: "n", ins: "g"]
# CHECK-NEXT: [eq: [1], del: [2], eq: [3, 4], ins: [5]]
# CHECK-NEXT: 0.8222
# CHECK-NEXT: 0.6667
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: 2
# CHECK-NEXT: [3, 2, 3, 0, 1]
# CHECK-NEXT: ["Apple", "Banana", "apple", "banana", "cherry"]
# CHECK-NEXT: ["Apple", "apple", "banana", "Banana", "cherry"]
# CHECK-NEXT: ["e", "f", "z", "É", "é"]
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: true
