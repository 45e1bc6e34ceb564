# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Conv do
  def c_to_f(c), do: c * 9 / 5 + 32
  def km_to_mi(km), do: km * 0.621371
  def bytes(n) when n < 1024, do: "#{n} B"
  def bytes(n) when n < 1024 * 1024, do: "#{Float.round(n / 1024, 1)} KB"
  def bytes(n) when n < 1_073_741_824, do: "#{Float.round(n / 1024 ** 2, 1)} MB"
  def bytes(n), do: "#{Float.round(n / 1024 ** 3, 2)} GB"
  def roman_year(y), do: {y, rem(y, 4) == 0 and (rem(y, 100) != 0 or rem(y, 400) == 0)}
  def duration(secs) do
    {h, rest} = {div(secs, 3600), rem(secs, 3600)}
    {m, s} = {div(rest, 60), rem(rest, 60)}
    Enum.map_join([h, m, s], ":", &String.pad_leading(Integer.to_string(&1), 2, "0"))
  end
end
for c <- [-40, -10, 0, 36.6, 100] do
  IO.puts("#{c}C = #{Conv.c_to_f(c)}F")
end
for km <- [1, 5, 10, 42.195] do
  IO.puts("#{km} km = #{Float.round(Conv.km_to_mi(km), 3)} mi")
end
for n <- [0, 512, 1024, 1536, 1_048_576, 5_000_000, 3_221_225_472] do
  IO.puts(Conv.bytes(n))
end
IO.inspect(Enum.map([1900, 2000, 2023, 2024], &Conv.roman_year/1))
IO.inspect(Enum.map([0, 59, 61, 3599, 3600, 86399, 90061], &Conv.duration/1))
IO.inspect(for base <- [2, 8, 10, 16, 36], do: Integer.to_string(2024, base))
IO.inspect(for s <- ["1010", "777", "zz", "FF"], do: {s, Integer.parse(s, 36)})
IO.inspect(Enum.map(1..10, &(1 / &1)) |> Enum.map(&Float.round(&1, 4)))
IO.inspect(Enum.map([0.5, 1.5, 2.5, -0.5, -1.5], &{round(&1), Float.round(&1), trunc(&1), ceil(&1), floor(&1)}))
IO.inspect(Enum.reduce(1..20, 1, &*/2) / Enum.reduce(1..18, 1, &*/2))

# CHECK: -40C = -40.0F
# CHECK-NEXT: -10C = 14.0F
# CHECK-NEXT: 0C = 32.0F
# CHECK-NEXT: 36.6C = 97.88000000000001F
# CHECK-NEXT: 100C = 212.0F
# CHECK-NEXT: 1 km = 0.621 mi
# CHECK-NEXT: 5 km = 3.107 mi
# CHECK-NEXT: 10 km = 6.214 mi
# CHECK-NEXT: 42.195 km = 26.219 mi
# CHECK-NEXT: 0 B
# CHECK-NEXT: 512 B
# CHECK-NEXT: 1.0 KB
# CHECK-NEXT: 1.5 KB
# CHECK-NEXT: 1.0 MB
# CHECK-NEXT: 4.8 MB
# CHECK-NEXT: 3.0 GB
# CHECK-NEXT: [{1900, false}, {2000, true}, {2023, false}, {2024, true}]
# CHECK-NEXT: ["00:00:00", "00:00:59", "00:01:01", "00:59:59", "01:00:00", "23:59:59",
# CHECK-NEXT:  "25:01:01"]
# CHECK-NEXT: ["11111101000", "3750", "2024", "7E8", "1K8"]
# CHECK-NEXT: [
# CHECK-NEXT:   {"1010", {46692, ""}},
# CHECK-NEXT:   {"777", {9331, ""}},
# CHECK-NEXT:   {"zz", {1295, ""}},
# CHECK-NEXT:   {"FF", {555, ""}}
# CHECK-NEXT: ]
# CHECK-NEXT: [1.0, 0.5, 0.3333, 0.25, 0.2, 0.1667, 0.1429, 0.125, 0.1111, 0.1]
# CHECK-NEXT: [
# CHECK-NEXT:   {1, 1.0, 0, 1, 0},
# CHECK-NEXT:   {2, 2.0, 1, 2, 1},
# CHECK-NEXT:   {3, 3.0, 2, 3, 2},
# CHECK-NEXT:   {-1, -1.0, 0, 0, -1},
# CHECK-NEXT:   {-2, -2.0, -1, -1, -2}
# CHECK-NEXT: ]
# CHECK-NEXT: 380.0
