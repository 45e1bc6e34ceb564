# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Time, NaiveDateTime and (UTC) DateTime: the ~T ~N ~U sigils, inspect and to_string, arithmetic,
# parsing and conversions.
t = ~T[09:05:03.120]
IO.inspect(t)
IO.puts("time #{t}")
IO.inspect(t.microsecond)
IO.inspect(Time.add(t, 1500, :millisecond))
IO.inspect(Time.add(~T[23:59:59], 2))
IO.inspect(Time.add(~T[00:00:00], -1))
IO.inspect(Time.diff(~T[10:00:00], ~T[09:00:00], :minute))
IO.inspect(Time.diff(~T[10:00:00.5], ~T[09:00:00], :millisecond))
IO.inspect(Time.truncate(~T[10:00:00.123456], :millisecond))
IO.inspect(Time.truncate(~T[10:00:00.123456], :second))
IO.inspect(Time.from_iso8601("25:00:00"))
IO.inspect(Time.from_iso8601("12:00:00Z"))
IO.inspect(Time.from_iso8601("bad"))
IO.inspect(Time.new(1, 2, 3, 4))
IO.inspect(Time.to_erl(t))
IO.inspect(Time.to_seconds_after_midnight(~T[01:00:00.5]))
IO.inspect(Time.from_seconds_after_midnight(3661))
IO.inspect(Enum.sort([~T[10:00:00], ~T[09:00:00], ~T[11:00:00]], Time))
IO.inspect(Enum.max([~T[10:00:00], ~T[09:00:00]], Time))
n = ~N[2024-02-28 23:30:00]
IO.inspect(NaiveDateTime.add(n, 3600))
IO.inspect(NaiveDateTime.add(n, 2, :day))
IO.inspect(NaiveDateTime.add(n, -1, :hour))
IO.inspect(NaiveDateTime.diff(~N[2024-03-01 00:00:00], n, :hour))
IO.inspect(NaiveDateTime.from_iso8601("2024-01-02T03:04:05.678"))
IO.inspect(NaiveDateTime.from_iso8601("2024-01-02 03:04:05Z"))
IO.inspect(NaiveDateTime.from_iso8601!("2024-01-02T03:04:05+02:00"))
IO.inspect(NaiveDateTime.to_iso8601(n))
IO.inspect(NaiveDateTime.to_erl(n))
IO.inspect(NaiveDateTime.from_erl!({{2020, 1, 1}, {0, 0, 0}}))
IO.inspect(NaiveDateTime.new(~D[2024-01-01], ~T[12:00:00]))
IO.inspect(NaiveDateTime.compare(n, ~N[2024-02-28 23:30:00]))
IO.inspect(NaiveDateTime.to_time(n))
IO.inspect(NaiveDateTime.new(2024, 2, 30, 0, 0, 0))
IO.inspect(NaiveDateTime.truncate(~N[2024-01-01 00:00:00.999], :second))
IO.inspect(Enum.sort([~N[2024-01-02 00:00:00], ~N[2024-01-01 00:00:00]], NaiveDateTime))
IO.inspect(%{at: ~N[2024-01-01 10:00:00], list: [~T[01:00:00]]})
u = ~U[2024-01-15 10:30:00Z]
IO.inspect(u)
IO.inspect(DateTime.from_unix(1_700_000_000))
IO.inspect(DateTime.from_unix!(1_700_000_000_123, :millisecond))
IO.inspect(DateTime.from_unix(-1))
IO.inspect(DateTime.to_unix(u, :millisecond))
IO.inspect(DateTime.add(u, 86400 * 20))
IO.inspect(DateTime.diff(~U[2024-01-16 10:30:00Z], u))
IO.inspect(DateTime.compare(u, ~U[2024-01-15 10:30:00Z]))
IO.inspect(DateTime.from_iso8601("2024-01-15T12:30:00+02:00"))
IO.inspect(DateTime.from_iso8601("2024-01-15T12:30:00"))
IO.inspect(DateTime.to_naive(u))
IO.inspect(DateTime.to_date(u))
IO.inspect(DateTime.from_naive!(~N[2024-01-01 00:00:00], "Etc/UTC"))
IO.puts(DateTime.to_iso8601(~U[2024-01-15 10:30:00.5Z]))
IO.inspect(u.time_zone)
IO.inspect(DateTime.new(~D[2024-01-01], ~T[00:00:00]))
IO.inspect(Map.from_struct(~T[01:02:03]))
IO.inspect(~U[2024-01-15 10:30:00.000Z])
IO.inspect(DateTime.truncate(~U[2024-01-15 10:30:00.123Z], :second))
IO.puts("#{~N[2024-01-01 00:00:00.100]} / #{~U[2024-01-15 10:30:00Z]}")
IO.inspect(DateTime.utc_now() |> is_struct(DateTime))
IO.inspect(NaiveDateTime.utc_now().year > 2000)
t = ~T[10:30:00]
IO.inspect(t)
IO.puts(Time.to_string(t))
IO.inspect(Time.add(t, 3600))
IO.inspect(Time.diff(~T[12:00:00], t))
IO.inspect(t.hour)
{:ok, t2} = Time.new(23, 59, 59)
IO.inspect(t2)
IO.inspect(Time.compare(t, t2))
ndt = ~N[2024-01-15 10:30:00]
IO.inspect(ndt)
IO.puts(NaiveDateTime.to_string(ndt))
IO.inspect(NaiveDateTime.add(ndt, 86400))
IO.inspect(NaiveDateTime.diff(~N[2024-01-16 10:30:00], ndt))
IO.inspect(NaiveDateTime.to_date(ndt))
IO.inspect(NaiveDateTime.new!(2024, 2, 29, 0, 0, 0))
dt = ~U[2024-01-15 10:30:00Z]
IO.inspect(dt)
IO.puts(DateTime.to_string(dt))
IO.inspect(DateTime.to_unix(dt))
IO.inspect(DateTime.from_unix!(0))
IO.inspect(DateTime.add(dt, 60))
IO.puts(DateTime.to_iso8601(dt))
for s <- [-86_400 * 400, -1, 0, 59, 951_782_400, 1_709_164_799, 4_102_444_800] do
  dt = DateTime.from_unix!(s)
  IO.puts("#{s} #{dt} #{inspect(DateTime.add(dt, 1, :day))} #{DateTime.to_unix(dt)} #{inspect(DateTime.to_date(dt))} #{Date.day_of_week(DateTime.to_date(dt))}")
end
base = ~N[2023-12-31 23:59:59.999]
for {a, u} <- [{1, :millisecond}, {1, :second}, {-1, :day}, {60, :minute}, {1_000_001, :microsecond}, {365, :day}, {-525_600, :minute}, {3, :hour}] do
  IO.inspect({a, u, NaiveDateTime.add(base, a, u), NaiveDateTime.diff(NaiveDateTime.add(base, a, u), base, u)})
end
t = ~T[23:59:59.9]
for {a, u} <- [{1, :millisecond}, {100, :millisecond}, {1, :second}, {-86_401, :second}, {5, :hour}, {1, :microsecond}] do
  IO.inspect({a, u, Time.add(t, a, u)})
end
IO.inspect(DateTime.from_unix(1_700_000_000_123_456, :microsecond))
IO.inspect(DateTime.from_unix(1_700_000_000_123_456_789, :nanosecond))
IO.inspect(DateTime.from_unix(253_402_300_800))
IO.inspect(NaiveDateTime.diff(~N[2024-01-01 00:00:00], ~N[2023-01-01 00:00:00], :day))
IO.inspect(NaiveDateTime.diff(~N[2024-01-01 00:00:00], ~N[2024-01-01 00:00:01.5], :millisecond))
IO.inspect(Time.diff(~T[00:00:00], ~T[00:00:01.5]))
IO.inspect(~N[2024-01-01T10:00:00])

# CHECK: ~T[09:05:03.120]
# CHECK-NEXT: time 09:05:03.120
# CHECK-NEXT: {120000, 3}
# CHECK-NEXT: ~T[09:05:04.620]
# CHECK-NEXT: ~T[00:00:01]
# CHECK-NEXT: ~T[23:59:59]
# CHECK-NEXT: 60
# CHECK-NEXT: 3600500
# CHECK-NEXT: ~T[10:00:00.123]
# CHECK-NEXT: ~T[10:00:00]
# CHECK-NEXT: {:error, :invalid_time}
# CHECK-NEXT: {:ok, ~T[12:00:00]}
# CHECK-NEXT: {:error, :invalid_format}
# CHECK-NEXT: {:ok, ~T[01:02:03.000004]}
# CHECK-NEXT: {9, 5, 3}
# CHECK-NEXT: {3600, 500000}
# CHECK-NEXT: ~T[01:01:01]
# CHECK-NEXT: [~T[09:00:00], ~T[10:00:00], ~T[11:00:00]]
# CHECK-NEXT: ~T[10:00:00]
# CHECK-NEXT: ~N[2024-02-29 00:30:00]
# CHECK-NEXT: ~N[2024-03-01 23:30:00]
# CHECK-NEXT: ~N[2024-02-28 22:30:00]
# CHECK-NEXT: 24
# CHECK-NEXT: {:ok, ~N[2024-01-02 03:04:05.678]}
# CHECK-NEXT: {:ok, ~N[2024-01-02 03:04:05]}
# CHECK-NEXT: ~N[2024-01-02 03:04:05]
# CHECK-NEXT: "2024-02-28T23:30:00"
# CHECK-NEXT: {{\{\{}}2024, 2, 28}, {23, 30, 0}}
# CHECK-NEXT: ~N[2020-01-01 00:00:00]
# CHECK-NEXT: {:ok, ~N[2024-01-01 12:00:00]}
# CHECK-NEXT: :eq
# CHECK-NEXT: ~T[23:30:00]
# CHECK-NEXT: {:error, :invalid_date}
# CHECK-NEXT: ~N[2024-01-01 00:00:00]
# CHECK-NEXT: [~N[2024-01-01 00:00:00], ~N[2024-01-02 00:00:00]]
# CHECK-NEXT: %{at: ~N[2024-01-01 10:00:00], list: [~T[01:00:00]]}
# CHECK-NEXT: ~U[2024-01-15 10:30:00Z]
# CHECK-NEXT: {:ok, ~U[2023-11-14 22:13:20Z]}
# CHECK-NEXT: ~U[2023-11-14 22:13:20.123Z]
# CHECK-NEXT: {:ok, ~U[1969-12-31 23:59:59Z]}
# CHECK-NEXT: 1705314600000
# CHECK-NEXT: ~U[2024-02-04 10:30:00Z]
# CHECK-NEXT: 86400
# CHECK-NEXT: :eq
# CHECK-NEXT: {:ok, ~U[2024-01-15 10:30:00Z], 7200}
# CHECK-NEXT: {:error, :missing_offset}
# CHECK-NEXT: ~N[2024-01-15 10:30:00]
# CHECK-NEXT: ~D[2024-01-15]
# CHECK-NEXT: ~U[2024-01-01 00:00:00Z]
# CHECK-NEXT: 2024-01-15T10:30:00.5Z
# CHECK-NEXT: "Etc/UTC"
# CHECK-NEXT: {:ok, ~U[2024-01-01 00:00:00Z]}
# CHECK-NEXT: %{calendar: Calendar.ISO, hour: 1, microsecond: {0, 0}, minute: 2, second: 3}
# CHECK-NEXT: ~U[2024-01-15 10:30:00.000Z]
# CHECK-NEXT: ~U[2024-01-15 10:30:00Z]
# CHECK-NEXT: 2024-01-01 00:00:00.100 / 2024-01-15 10:30:00Z
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: ~T[10:30:00]
# CHECK-NEXT: 10:30:00
# CHECK-NEXT: ~T[11:30:00]
# CHECK-NEXT: 5400
# CHECK-NEXT: 10
# CHECK-NEXT: ~T[23:59:59]
# CHECK-NEXT: :lt
# CHECK-NEXT: ~N[2024-01-15 10:30:00]
# CHECK-NEXT: 2024-01-15 10:30:00
# CHECK-NEXT: ~N[2024-01-16 10:30:00]
# CHECK-NEXT: 86400
# CHECK-NEXT: ~D[2024-01-15]
# CHECK-NEXT: ~N[2024-02-29 00:00:00]
# CHECK-NEXT: ~U[2024-01-15 10:30:00Z]
# CHECK-NEXT: 2024-01-15 10:30:00Z
# CHECK-NEXT: 1705314600
# CHECK-NEXT: ~U[1970-01-01 00:00:00Z]
# CHECK-NEXT: ~U[2024-01-15 10:31:00Z]
# CHECK-NEXT: 2024-01-15T10:30:00Z
# CHECK-NEXT: -34560000 1968-11-27 00:00:00Z ~U[1968-11-28 00:00:00Z] -34560000 ~D[1968-11-27] 3
# CHECK-NEXT: -1 1969-12-31 23:59:59Z ~U[1970-01-01 23:59:59Z] -1 ~D[1969-12-31] 3
# CHECK-NEXT: 0 1970-01-01 00:00:00Z ~U[1970-01-02 00:00:00Z] 0 ~D[1970-01-01] 4
# CHECK-NEXT: 59 1970-01-01 00:00:59Z ~U[1970-01-02 00:00:59Z] 59 ~D[1970-01-01] 4
# CHECK-NEXT: 951782400 2000-02-29 00:00:00Z ~U[2000-03-01 00:00:00Z] 951782400 ~D[2000-02-29] 2
# CHECK-NEXT: 1709164799 2024-02-28 23:59:59Z ~U[2024-02-29 23:59:59Z] 1709164799 ~D[2024-02-28] 3
# CHECK-NEXT: 4102444800 2100-01-01 00:00:00Z ~U[2100-01-02 00:00:00Z] 4102444800 ~D[2100-01-01] 5
# CHECK-NEXT: {1, :millisecond, ~N[2024-01-01 00:00:00.000], 1}
# CHECK-NEXT: {1, :second, ~N[2024-01-01 00:00:00.999], 1}
# CHECK-NEXT: {-1, :day, ~N[2023-12-30 23:59:59.999], -1}
# CHECK-NEXT: {60, :minute, ~N[2024-01-01 00:59:59.999], 60}
# CHECK-NEXT: {1000001, :microsecond, ~N[2024-01-01 00:00:00.999], 1000001}
# CHECK-NEXT: {365, :day, ~N[2024-12-30 23:59:59.999], 365}
# CHECK-NEXT: {-525600, :minute, ~N[2022-12-31 23:59:59.999], -525600}
# CHECK-NEXT: {3, :hour, ~N[2024-01-01 02:59:59.999], 3}
# CHECK-NEXT: {1, :millisecond, ~T[23:59:59.9]}
# CHECK-NEXT: {100, :millisecond, ~T[00:00:00.0]}
# CHECK-NEXT: {1, :second, ~T[00:00:00.9]}
# CHECK-NEXT: {-86401, :second, ~T[23:59:58.9]}
# CHECK-NEXT: {5, :hour, ~T[04:59:59.9]}
# CHECK-NEXT: {1, :microsecond, ~T[23:59:59.9]}
# CHECK-NEXT: {:ok, ~U[2023-11-14 22:13:20.123456Z]}
# CHECK-NEXT: {:ok, ~U[2023-11-14 22:13:20.123456Z]}
# CHECK-NEXT: {:error, :invalid_unix_time}
# CHECK-NEXT: 365
# CHECK-NEXT: -1500
# CHECK-NEXT: -1
# CHECK-NEXT: ~N[2024-01-01 10:00:00]
