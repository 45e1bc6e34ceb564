# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Fmt do
  def thousands(n) when n < 0, do: "-" <> thousands(-n)
  def thousands(n) do
    n |> Integer.to_string() |> String.graphemes() |> Enum.reverse() |> Enum.chunk_every(3)
    |> Enum.map(&Enum.reverse/1) |> Enum.reverse() |> Enum.map_join(",", &Enum.join/1)
  end
  def money(x), do: "$" <> :erlang.float_to_binary(x / 1, decimals: 2)
  def pct(x), do: "#{Float.round(x * 100, 1)}%"
  def pad_table(rows) do
    w = rows |> Enum.map(fn {k, _} -> String.length(k) end) |> Enum.max()
    Enum.map(rows, fn {k, v} -> String.pad_trailing(k, w) <> " : " <> String.pad_leading(v, 12) end)
  end
  def ordinal(n) do
    suffix = cond do
      rem(n, 100) in 11..13 -> "th"
      rem(n, 10) == 1 -> "st"
      rem(n, 10) == 2 -> "nd"
      rem(n, 10) == 3 -> "rd"
      true -> "th"
    end
    "#{n}#{suffix}"
  end
end
IO.inspect(Enum.map([0, 7, 1000, 123456, -9876543, 10 ** 12], &Fmt.thousands/1))
IO.inspect(Enum.map([0, 1, 2.5, 1234.567, 0.005, 0.015, -3.1], &Fmt.money/1))
IO.inspect(Enum.map([0.0, 0.5, 0.12345, 1.0, 0.999], &Fmt.pct/1))
Enum.each(Fmt.pad_table([{"revenue", Fmt.money(12345.5)}, {"tax", Fmt.money(1234.55)}, {"net income", Fmt.money(11110.95)}]), &IO.puts/1)
IO.inspect(Enum.map([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112, 1003], &Fmt.ordinal/1))
IO.puts(String.pad_leading(Integer.to_string(7), 3, "0") <> "-" <> String.pad_leading(Integer.to_string(42), 5, "."))
IO.puts(Integer.to_string(255, 2) |> String.pad_leading(16, "0"))
IO.puts("#{1 / 3}")
IO.puts(Float.to_string(1 / 3))
IO.puts(:erlang.float_to_binary(1 / 3, decimals: 10))
IO.puts(:erlang.float_to_binary(2 / 3, [:compact, decimals: 10]))
IO.puts(:erlang.float_to_binary(1.0e6, decimals: 0))
IO.puts(:erlang.float_to_binary(123.456, scientific: 2))

# CHECK: ["0", "7", "1,000", "123,456", "-9,876,543", "1,000,000,000,000"]
# CHECK-NEXT: ["$0.00", "$1.00", "$2.50", "$1234.57", "$0.01", "$0.02", "$-3.10"]
# CHECK-NEXT: ["0.0%", "50.0%", "12.3%", "100.0%", "99.9%"]
# CHECK-NEXT: revenue    :    $12345.50
# CHECK-NEXT: tax        :     $1234.55
# CHECK-NEXT: net income :    $11110.95
# CHECK-NEXT: ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
# CHECK-NEXT:  "111th", "112th", "1003rd"]
# CHECK-NEXT: 007-...42
# CHECK-NEXT: 0000000011111111
# CHECK-NEXT: 0.3333333333333333
# CHECK-NEXT: 0.3333333333333333
# CHECK-NEXT: 0.3333333333
# CHECK-NEXT: 0.6666666667
# CHECK-NEXT: 1000000
# CHECK-NEXT: 1.23e+02
