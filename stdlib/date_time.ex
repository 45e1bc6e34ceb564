# DateTime: a Calendar.ISO date and time in the "Etc/UTC" zone, the only time zone Athanor
# knows (Elixir's default database is UTC-only too). ~U[...] builds one; inspect prints
# ~U[...] and to_string "YYYY-MM-DD HH:MM:SS[.fff]Z" (runtime/format). ISO 8601 input with
# an offset is converted to UTC, as DateTime.from_iso8601/1 does.
defmodule DateTime do
  defstruct [:year, :month, :day, :hour, :minute, :second, microsecond: {0, 0},
             time_zone: "Etc/UTC", zone_abbr: "UTC", utc_offset: 0, std_offset: 0,
             calendar: Calendar.ISO]

  @us_per_second 1_000_000

  defp from_naive_fields(%{year: y, month: mo, day: d, hour: h, minute: mi, second: s, microsecond: us}),
    do: %DateTime{year: y, month: mo, day: d, hour: h, minute: mi, second: s, microsecond: us}

  def new(date, time, time_zone \\ "Etc/UTC", _database \\ nil)

  def new(%{} = date, %{} = time, "Etc/UTC", _database) do
    with {:ok, ndt} <- NaiveDateTime.new(date, time), do: {:ok, from_naive_fields(ndt)}
  end

  def new(_date, _time, _zone, _database), do: {:error, :utc_only_time_zone_database}

  def new!(date, time, time_zone \\ "Etc/UTC", database \\ nil) do
    case new(date, time, time_zone, database) do
      {:ok, dt} -> dt
      {:error, reason} -> raise ArgumentError, "cannot build datetime, reason: #{inspect(reason)}"
    end
  end

  def from_naive(ndt, time_zone, database \\ nil)
  def from_naive(%{} = ndt, "Etc/UTC", _database), do: {:ok, from_naive_fields(ndt)}
  def from_naive(_ndt, _zone, _database), do: {:error, :utc_only_time_zone_database}

  def from_naive!(ndt, time_zone, database \\ nil) do
    case from_naive(ndt, time_zone, database) do
      {:ok, dt} -> dt
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(ndt)} to datetime, reason: #{inspect(reason)}"
    end
  end

  def to_naive(%{} = dt) do
    %NaiveDateTime{year: dt.year, month: dt.month, day: dt.day, hour: dt.hour, minute: dt.minute,
                   second: dt.second, microsecond: dt.microsecond}
  end

  def to_date(dt), do: NaiveDateTime.to_date(dt)
  def to_time(dt), do: NaiveDateTime.to_time(dt)

  def from_unix(integer, unit \\ :second, _calendar \\ Calendar.ISO) when is_integer(integer) do
    us = Time.__unit_us__(integer, unit)
    # The BEAM's limit: 0000-01-01 up to 9999-12-31.
    if us < -62_167_219_200 * @us_per_second or us > 253_402_300_799 * @us_per_second + 999_999 do
      {:error, :invalid_unix_time}
    else
      {:ok, from_naive_fields(NaiveDateTime.__from_us__(us, Time.__unit_precision__(unit)))}
    end
  end

  def from_unix!(integer, unit \\ :second, calendar \\ Calendar.ISO) do
    case from_unix(integer, unit, calendar) do
      {:ok, dt} -> dt
      {:error, reason} -> raise ArgumentError, "invalid Unix time #{integer}: #{inspect(reason)}"
    end
  end

  def to_unix(%{utc_offset: offset, std_offset: std} = dt, unit \\ :second),
    do: Time.__us_unit__(NaiveDateTime.__to_us__(dt) - (offset + std) * @us_per_second, unit)

  def utc_now(_calendar \\ Calendar.ISO), do: from_unix!(System.system_time(:microsecond), :microsecond)

  def from_iso8601(string, calendar \\ Calendar.ISO)

  def from_iso8601(<<date::binary-size(10), sep, rest::binary>>, Calendar.ISO) when sep in [?T, ?\s, ?t] do
    with {:ok, %{} = d} <- Date.from_iso8601(date),
         {:ok, {h, mi, s, us}, zone} <- Time.__parse__(rest),
         {:ok, offset} <- parse_offset(zone),
         {:ok, ndt} <- NaiveDateTime.new(d.year, d.month, d.day, h, mi, s, us) do
      utc = NaiveDateTime.__from_us__(NaiveDateTime.__to_us__(ndt) - offset * @us_per_second, elem(us, 1))
      {:ok, from_naive_fields(utc), offset}
    end
  end

  def from_iso8601(_string, _calendar), do: {:error, :invalid_format}

  defp parse_offset("Z"), do: {:ok, 0}
  defp parse_offset("z"), do: {:ok, 0}

  defp parse_offset(<<sign, hh::binary-size(2), ?:, mm::binary-size(2)>>) when sign in [?+, ?-] do
    case {Integer.parse(hh), Integer.parse(mm)} do
      {{h, ""}, {m, ""}} when h < 24 and m < 60 ->
        seconds = (h * 60 + m) * 60
        if sign == ?- and seconds == 0, do: {:error, :invalid_format},
          else: {:ok, if(sign == ?-, do: -seconds, else: seconds)}
      _ -> {:error, :invalid_format}
    end
  end

  defp parse_offset(""), do: {:error, :missing_offset}
  defp parse_offset(_), do: {:error, :invalid_format}

  @doc false
  def __sigil__(string) do
    case from_iso8601(string) do
      {:ok, dt, 0} -> dt
      {:ok, _dt, _offset} -> raise_sigil_error(string, :non_utc_offset)
      {:error, reason} -> raise_sigil_error(string, reason)
    end
  end

  defp raise_sigil_error(string, reason) do
    raise ArgumentError,
          "cannot parse #{inspect(string)} as UTC DateTime for Calendar.ISO, reason: #{inspect(reason)}"
  end

  def to_string(%{time_zone: "Etc/UTC"} = dt), do: NaiveDateTime.to_string(dt) <> "Z"

  def to_string(dt),
    do: NaiveDateTime.to_string(dt) <> offset_text(dt.utc_offset + dt.std_offset) <> " " <> dt.zone_abbr <> " " <> dt.time_zone

  def to_iso8601(dt, format \\ :extended)
  def to_iso8601(%{time_zone: "Etc/UTC"} = dt, _format), do: NaiveDateTime.to_iso8601(dt) <> "Z"
  def to_iso8601(dt, _format), do: NaiveDateTime.to_iso8601(dt) <> offset_text(dt.utc_offset + dt.std_offset)

  defp offset_text(total) do
    sign = if total < 0, do: "-", else: "+"
    minutes = div(abs(total), 60)
    sign <> String.pad_leading(Integer.to_string(div(minutes, 60)), 2, "0") <> ":" <>
      String.pad_leading(Integer.to_string(rem(minutes, 60)), 2, "0")
  end

  def add(%{microsecond: {_, precision}} = dt, amount, unit \\ :second, _db \\ nil)
      when is_integer(amount) do
    us = NaiveDateTime.__to_us__(dt) + Time.__unit_us__(amount, unit)
    %{from_naive_fields(NaiveDateTime.__from_us__(us, precision)) |
        time_zone: dt.time_zone, zone_abbr: dt.zone_abbr, utc_offset: dt.utc_offset, std_offset: dt.std_offset}
  end

  def diff(a, b, unit \\ :second),
    do: Time.__us_diff__(to_unix(a, :microsecond) - to_unix(b, :microsecond), unit)

  def compare(a, b) do
    case {to_unix(a, :microsecond), to_unix(b, :microsecond)} do
      {x, y} when x < y -> :lt
      {x, y} when x > y -> :gt
      _ -> :eq
    end
  end

  def truncate(dt, :second), do: %{dt | microsecond: {0, 0}}

  def truncate(%{microsecond: {us, precision}} = dt, :millisecond),
    do: %{dt | microsecond: {div(us, 1000) * 1000, min(precision, 3)}}

  def truncate(dt, :microsecond), do: dt

  def shift_zone(dt, time_zone, database \\ nil)
  def shift_zone(%{time_zone: zone} = dt, zone, _db), do: {:ok, dt}
  def shift_zone(dt, "Etc/UTC", _db), do: {:ok, from_naive_fields(NaiveDateTime.__from_us__(to_unix(dt, :microsecond), elem(dt.microsecond, 1)))}
  def shift_zone(_dt, _zone, _db), do: {:error, :utc_only_time_zone_database}
end
