# RUN: %athanor run %s | FileCheck --match-full-lines %s
# ~D[...] is a constant %Date{} (built at compile time), so it also works as a pattern.
defmodule Holidays do
  def name(~D[2024-12-25]), do: "Christmas"
  def name(~D[2024-01-01]), do: "New Year"
  def name(%Date{month: 7, day: 4}), do: "Independence Day"
  def name(_), do: "ordinary day"
end
for d <- [~D[2024-12-25], ~D[2024-01-01], ~D[2030-07-04], Date.add(~D[2024-12-24], 1), ~D[2024-02-29]],
    do: IO.puts("#{d}: #{Holidays.name(d)}")
case Date.new(2024, 3, 15) do
  {:ok, ~D[2024-03-15] = d} -> IO.inspect(d, label: "matched")
  other -> IO.inspect(other)
end
IO.inspect(~D[2024-03-15] == Date.new!(2024, 3, 15))

# CHECK: 2024-12-25: Christmas
# CHECK-NEXT: 2024-01-01: New Year
# CHECK-NEXT: 2030-07-04: Independence Day
# CHECK-NEXT: 2024-12-25: Christmas
# CHECK-NEXT: 2024-02-29: ordinary day
# CHECK-NEXT: matched: ~D[2024-03-15]
# CHECK-NEXT: true
