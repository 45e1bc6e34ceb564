# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Fin do
  def compound(principal, rate, years), do: principal * :math.pow(1 + rate, years)
  def monthly_payment(p, annual_rate, months) do
    r = annual_rate / 12
    p * r / (1 - :math.pow(1 + r, -months))
  end
  def schedule(p, annual_rate, months) do
    pay = monthly_payment(p, annual_rate, months)
    Enum.map_reduce(1..months, p, fn m, bal ->
      interest = bal * annual_rate / 12
      principal = pay - interest
      {{m, Float.round(interest, 2), Float.round(principal, 2), Float.round(max(bal - principal, 0.0), 2)}, bal - principal}
    end)
  end
end
defmodule Stats do
  def mean(l), do: Enum.sum(l) / length(l)
  def variance(l) do
    m = mean(l)
    (l |> Enum.map(&((&1 - m) * (&1 - m))) |> Enum.sum()) / length(l)
  end
  def stddev(l), do: :math.sqrt(variance(l))
  def percentile(l, p) do
    s = Enum.sort(l)
    k = (length(s) - 1) * p
    f = floor(k)
    c = ceil(k)
    if f == c, do: Enum.at(s, f) * 1.0, else: Enum.at(s, f) + (Enum.at(s, c) - Enum.at(s, f)) * (k - f)
  end
end
for y <- [1, 5, 10, 30], do: IO.puts("#{y}y: #{Fin.compound(1000, 0.05, y)}")
IO.puts(Float.round(Fin.compound(1000, 0.05, 30), 2))
pay = Fin.monthly_payment(10_000, 0.06, 12)
IO.inspect(pay)
IO.inspect(Float.round(pay, 2))
{rows, final} = Fin.schedule(10_000, 0.06, 12)
Enum.each(Enum.take(rows, 3) ++ Enum.take(rows, -2), &IO.inspect/1)
IO.inspect(abs(final) < 1.0e-6)
data = [2, 4, 4, 4, 5, 5, 7, 9]
IO.inspect({Stats.mean(data), Stats.variance(data), Stats.stddev(data)})
IO.inspect(Enum.map([0, 0.25, 0.5, 0.9, 1], &Stats.percentile(data, &1)))
temps_c = [-40, 0, 37, 100, 21.5]
IO.inspect(Enum.map(temps_c, &(&1 * 9 / 5 + 32)))
IO.inspect(Enum.map([0.1, 0.2, 0.3], &(&1 * 3)))
IO.inspect(Enum.sum([0.1, 0.2, 0.3, 0.4]))
IO.inspect(Enum.reduce(1..10, 0.0, fn _, acc -> acc + 0.1 end))
IO.inspect(1.0e10 + 1)
IO.inspect(123_456_789 * 1.0)
IO.inspect(2 / 3 * 3 == 2.0)
IO.inspect(:math.sqrt(16) == 4)
IO.inspect(trunc(:math.log10(1_000_000)))
IO.inspect(Float.round(:math.pi(), 5))
IO.inspect(Float.ceil(:math.pi(), 3))
IO.inspect(Float.floor(-:math.pi(), 3))
IO.inspect(round(1.0e15 + 0.5))
IO.inspect(div(1_000_000_000_000, 7))
IO.inspect(rem(1_000_000_000_000, 7))
IO.inspect(1_000_000_000_000 / 7)
pct = fn part, whole -> "#{Float.round(part / whole * 100, 1)}%" end
IO.puts(pct.(1, 3))
IO.puts(pct.(2, 3))
IO.puts(pct.(50, 50))
IO.puts(pct.(1, 1000))

# CHECK: 1y: 1050.0
# CHECK-NEXT: 5y: 1276.2815625000003
# CHECK-NEXT: 10y: 1628.894626777442
# CHECK-NEXT: 30y: 4321.942375150667
# CHECK-NEXT: 4321.94
# CHECK-NEXT: 860.6642970708245
# CHECK-NEXT: 860.66
# CHECK-NEXT: {1, 50.0, 810.66, 9189.34}
# CHECK-NEXT: {2, 45.95, 814.72, 8374.62}
# CHECK-NEXT: {3, 41.87, 818.79, 7555.83}
# CHECK-NEXT: {11, 8.54, 852.12, 856.38}
# CHECK-NEXT: {12, 4.28, 856.38, 0.0}
# CHECK-NEXT: true
# CHECK-NEXT: {5.0, 4.0, 2.0}
# CHECK-NEXT: [2.0, 4.0, 4.5, 7.6, 9.0]
# CHECK-NEXT: [-40.0, 32.0, 98.6, 212.0, 70.7]
# CHECK-NEXT: [0.30000000000000004, 0.6000000000000001, 0.8999999999999999]
# CHECK-NEXT: 1.0
# CHECK-NEXT: 0.9999999999999999
# CHECK-NEXT: 10000000001.0
# CHECK-NEXT: 123456789.0
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: 6
# CHECK-NEXT: 3.14159
# CHECK-NEXT: 3.142
# CHECK-NEXT: -3.142
# CHECK-NEXT: 1000000000000001
# CHECK-NEXT: 142857142857
# CHECK-NEXT: 1
# CHECK-NEXT: 142857142857.14285
# CHECK-NEXT: 33.3%
# CHECK-NEXT: 66.7%
# CHECK-NEXT: 100.0%
# CHECK-NEXT: 0.1%
