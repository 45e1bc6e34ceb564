# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Roman do
  @table [{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
          {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}]
  def to_roman(0), do: ""
  def to_roman(n) when n > 0 do
    {value, sym} = Enum.find(@table, fn {v, _} -> v <= n end)
    sym <> to_roman(n - value)
  end
  def from_roman(s), do: s |> String.graphemes() |> Enum.map(&val/1) |> sum(0)
  defp val("M"), do: 1000
  defp val("D"), do: 500
  defp val("C"), do: 100
  defp val("L"), do: 50
  defp val("X"), do: 10
  defp val("V"), do: 5
  defp val("I"), do: 1
  defp sum([a, b | rest], acc) when a < b, do: sum(rest, acc + b - a)
  defp sum([a | rest], acc), do: sum(rest, acc + a)
  defp sum([], acc), do: acc
end

defmodule RLE do
  def encode(s) do
    s
    |> String.graphemes()
    |> Enum.chunk_by(& &1)
    |> Enum.map_join(fn [c | _] = run -> "#{length(run)}#{c}" end)
  end
  def decode(s), do: decode(s, "")
  defp decode("", acc), do: acc
  defp decode(s, acc) do
    {n, <<c::utf8, rest::binary>>} = Integer.parse(s)
    decode(rest, acc <> String.duplicate(<<c::utf8>>, n))
  end
end

for n <- [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] do
  r = Roman.to_roman(n)
  IO.puts("#{String.pad_leading(Integer.to_string(n), 4)} => #{String.pad_trailing(r, 12)} => #{Roman.from_roman(r)}")
end
for s <- ["aaabccddddd", "abc", "", "zzzzzzzzzzzz", "ééé日日"] do
  e = RLE.encode(s)
  IO.inspect({s, e, RLE.decode(e)})
end

# CHECK:    1 => I            => 1
# CHECK-NEXT:    4 => IV           => 4
# CHECK-NEXT:    9 => IX           => 9
# CHECK-NEXT:   14 => XIV          => 14
# CHECK-NEXT:   40 => XL           => 40
# CHECK-NEXT:   90 => XC           => 90
# CHECK-NEXT:  400 => CD           => 400
# CHECK-NEXT: 1994 => MCMXCIV      => 1994
# CHECK-NEXT: 2024 => MMXXIV       => 2024
# CHECK-NEXT: 3999 => MMMCMXCIX    => 3999
# CHECK-NEXT: {"aaabccddddd", "3a1b2c5d", "aaabccddddd"}
# CHECK-NEXT: {"abc", "1a1b1c", "abc"}
# CHECK-NEXT: {"", "", ""}
# CHECK-NEXT: {"zzzzzzzzzzzz", "12z", "zzzzzzzzzzzz"}
# CHECK-NEXT: {"ééé日日", "3é2日", "ééé日日"}
