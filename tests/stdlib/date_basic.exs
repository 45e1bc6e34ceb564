# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Date (Calendar.ISO): ~D sigil, arithmetic, comparisons, inspect as ~D[...], to_string.
d = ~D[2024-02-28]
IO.inspect d
IO.puts d
IO.puts "date: #{d}"
IO.inspect Date.add(d, 1)
IO.inspect Date.add(d, 2)
IO.inspect Date.add(d, -60)
IO.inspect Date.add(d, 365)
IO.inspect Date.diff(~D[2024-12-25], d)
IO.inspect Date.diff(~D[2000-01-01], ~D[2024-01-01])
IO.inspect Date.compare(d, ~D[2024-03-01])
IO.inspect Date.compare(d, d)
IO.inspect Date.day_of_week(d)
IO.inspect Enum.map(0..6, &Date.day_of_week(Date.add(~D[2024-01-01], &1)))
IO.inspect Date.day_of_week(~D[2024-01-07], :sunday)
IO.inspect Date.day_of_year(~D[2024-12-31])
IO.inspect Date.leap_year?(d)
IO.inspect Date.days_in_month(d)
IO.inspect Date.beginning_of_month(d)
IO.inspect Date.end_of_month(d)
IO.inspect Date.beginning_of_week(d)
IO.inspect Date.end_of_week(d)
IO.inspect Date.quarter_of_year(d)
IO.inspect Date.new(2023, 2, 29)
IO.inspect Date.new(2024, 2, 29)
IO.inspect Date.new!(1999, 12, 31)
IO.inspect Date.from_iso8601("2024-13-01")
IO.inspect Date.from_iso8601("2024-1-01")
IO.inspect Date.from_iso8601("2024-01-15")
IO.inspect Date.from_iso8601!("1970-01-01")
IO.inspect Date.to_iso8601(d)
IO.inspect Date.to_string(d)
IO.inspect Date.to_erl(d)
IO.inspect Date.from_erl({2020, 5, 17})
IO.inspect d.year + d.month + d.day
IO.inspect [d, Date.add(d, 10)]
IO.inspect %{due: d, items: 3}
IO.inspect Enum.sort([~D[2024-05-01], ~D[2023-12-31], ~D[2024-01-15]], Date)
IO.inspect Enum.sort([~D[2024-05-01], ~D[2023-12-31], ~D[2024-01-15]], {:desc, Date})
IO.inspect Enum.max([~D[2024-05-01], ~D[2023-12-31]], Date)
IO.inspect Enum.min_by([%{d: ~D[2024-05-01]}, %{d: ~D[2023-12-31]}], & &1.d, Date)
IO.inspect inspect(d, structs: false)
IO.inspect match?(%Date{year: 2024}, d)
%Date{month: m} = d
IO.inspect m
try do
  Date.new!(2023, 2, 30)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  Date.from_iso8601!("nope")
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect Date.add(~D[1999-12-31], 1)
IO.inspect Date.diff(~D[2024-03-01], ~D[2024-02-01])

r = Date.range(~D[2024-01-30], ~D[2024-02-02])
IO.inspect r
IO.inspect Enum.to_list(r)
IO.inspect Enum.map(r, &Date.day_of_week/1)
IO.inspect Enum.count(r)
IO.inspect Date.range(~D[2024-01-01], ~D[2024-01-10], 3) |> Enum.to_list()
IO.inspect Date.range(~D[2024-01-01], ~D[2024-01-10], 3)
IO.inspect Date.range(~D[2024-01-03], ~D[2024-01-01], -1) |> Enum.to_list()
IO.inspect Date.range(~D[2024-01-03], ~D[2024-01-01], -1)
IO.inspect Enum.filter(Date.range(~D[2024-03-01], ~D[2024-03-10]), &(Date.day_of_week(&1) in [6, 7]))
IO.inspect Enum.member?(r, ~D[2024-02-01])
IO.inspect for d <- Date.range(~D[2024-12-30], ~D[2025-01-02]), do: Date.to_string(d)
IO.inspect Enum.reduce(r, 0, fn d, acc -> acc + d.day end)

# CHECK: ~D[2024-02-28]
# CHECK-NEXT: 2024-02-28
# CHECK-NEXT: date: 2024-02-28
# CHECK-NEXT: ~D[2024-02-29]
# CHECK-NEXT: ~D[2024-03-01]
# CHECK-NEXT: ~D[2023-12-30]
# CHECK-NEXT: ~D[2025-02-27]
# CHECK-NEXT: 301
# CHECK-NEXT: -8766
# CHECK-NEXT: :lt
# CHECK-NEXT: :eq
# CHECK-NEXT: 3
# CHECK-NEXT: [1, 2, 3, 4, 5, 6, 7]
# CHECK-NEXT: 1
# CHECK-NEXT: 366
# CHECK-NEXT: true
# CHECK-NEXT: 29
# CHECK-NEXT: ~D[2024-02-01]
# CHECK-NEXT: ~D[2024-02-29]
# CHECK-NEXT: ~D[2024-02-26]
# CHECK-NEXT: ~D[2024-03-03]
# CHECK-NEXT: 1
# CHECK-NEXT: {:error, :invalid_date}
# CHECK-NEXT: {:ok, ~D[2024-02-29]}
# CHECK-NEXT: ~D[1999-12-31]
# CHECK-NEXT: {:error, :invalid_date}
# CHECK-NEXT: {:error, :invalid_format}
# CHECK-NEXT: {:ok, ~D[2024-01-15]}
# CHECK-NEXT: ~D[1970-01-01]
# CHECK-NEXT: "2024-02-28"
# CHECK-NEXT: "2024-02-28"
# CHECK-NEXT: {2024, 2, 28}
# CHECK-NEXT: {:ok, ~D[2020-05-17]}
# CHECK-NEXT: 2054
# CHECK-NEXT: [~D[2024-02-28], ~D[2024-03-09]]
# CHECK-NEXT: %{due: ~D[2024-02-28], items: 3}
# CHECK-NEXT: [~D[2023-12-31], ~D[2024-01-15], ~D[2024-05-01]]
# CHECK-NEXT: [~D[2024-05-01], ~D[2024-01-15], ~D[2023-12-31]]
# CHECK-NEXT: ~D[2024-05-01]
# CHECK-NEXT: %{d: ~D[2023-12-31]}
# CHECK-NEXT: "%{__struct__: Date, calendar: Calendar.ISO, day: 28, month: 2, year: 2024}"
# CHECK-NEXT: true
# CHECK-NEXT: 2
# CHECK-NEXT: cannot build date, reason: :invalid_date
# CHECK-NEXT: cannot parse "nope" as date, reason: :invalid_format
# CHECK-NEXT: ~D[2000-01-01]
# CHECK-NEXT: 29
# CHECK-NEXT: Date.range(~D[2024-01-30], ~D[2024-02-02])
# CHECK-NEXT: [~D[2024-01-30], ~D[2024-01-31], ~D[2024-02-01], ~D[2024-02-02]]
# CHECK-NEXT: [2, 3, 4, 5]
# CHECK-NEXT: 4
# CHECK-NEXT: [~D[2024-01-01], ~D[2024-01-04], ~D[2024-01-07], ~D[2024-01-10]]
# CHECK-NEXT: Date.range(~D[2024-01-01], ~D[2024-01-10], 3)
# CHECK-NEXT: [~D[2024-01-03], ~D[2024-01-02], ~D[2024-01-01]]
# CHECK-NEXT: Date.range(~D[2024-01-03], ~D[2024-01-01], -1)
# CHECK-NEXT: [~D[2024-03-02], ~D[2024-03-03], ~D[2024-03-09], ~D[2024-03-10]]
# CHECK-NEXT: true
# CHECK-NEXT: ["2024-12-30", "2024-12-31", "2025-01-01", "2025-01-02"]
# CHECK-NEXT: 64
