# NaiveDateTime: a Calendar.ISO date and time of day without a time zone. ~N[...] builds
# one; inspect prints ~N[...] and to_string "YYYY-MM-DD HH:MM:SS[.fff]" (runtime/format).
# Arithmetic goes through microseconds since 1970-01-01 (Date's day count and Time's
# microseconds of the day).
defmodule NaiveDateTime do
  defstruct [:year, :month, :day, :hour, :minute, :second, microsecond: {0, 0}, calendar: Calendar.ISO]

  @us_per_day 86_400_000_000

  def new(%{year: y, month: mo, day: d}, %{hour: h, minute: mi, second: s, microsecond: us}),
    do: new(y, mo, d, h, mi, s, us)

  def new(year, month, day, hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO)

  def new(year, month, day, hour, minute, second, microsecond, calendar) when is_integer(microsecond),
    do: new(year, month, day, hour, minute, second, {microsecond, 6}, calendar)

  def new(year, month, day, hour, minute, second, {us, precision}, Calendar.ISO) do
    with {:ok, _} <- Date.new(year, month, day),
         {:ok, _} <- Time.new(hour, minute, second, {us, precision}) do
      {:ok,
       %NaiveDateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                      microsecond: {us, precision}}}
    end
  end

  def new!(%{} = date, %{} = time) do
    case new(date, time) do
      {:ok, ndt} -> ndt
      {:error, reason} -> raise ArgumentError, "cannot build naive datetime, reason: #{inspect(reason)}"
    end
  end

  def new!(year, month, day, hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case new(year, month, day, hour, minute, second, microsecond, calendar) do
      {:ok, ndt} -> ndt
      {:error, reason} -> raise ArgumentError, "cannot build naive datetime, reason: #{inspect(reason)}"
    end
  end

  def from_iso8601(string, calendar \\ Calendar.ISO)

  def from_iso8601(<<date::binary-size(10), sep, rest::binary>>, Calendar.ISO) when sep in [?T, ?\s, ?t] do
    with {:ok, %{year: y, month: mo, day: d}} <- Date.from_iso8601(date),
         {:ok, {h, mi, s, us}, tail} <- Time.__parse__(rest),
         true <- zone_suffix?(tail) || {:error, :invalid_format} do
      new(y, mo, d, h, mi, s, us)
    end
  end

  def from_iso8601(_string, _calendar), do: {:error, :invalid_format}

  # A naive datetime ignores a trailing zone: "Z" or ±HH:MM.
  defp zone_suffix?(""), do: true
  defp zone_suffix?("Z"), do: true
  defp zone_suffix?(<<sign, _::binary-size(2), ?:, _::binary-size(2)>>) when sign in [?+, ?-], do: true
  defp zone_suffix?(_), do: false

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, ndt} -> ndt
      {:error, reason} ->
        raise ArgumentError, "cannot parse #{inspect(string)} as naive datetime, reason: #{inspect(reason)}"
    end
  end

  def to_string(ndt), do: Date.to_iso8601(ndt) <> " " <> Time.__text__(ndt)

  def to_iso8601(ndt, _format \\ :extended), do: Date.to_iso8601(ndt) <> "T" <> Time.__text__(ndt)

  def to_date(%{year: y, month: m, day: d}), do: %Date{year: y, month: m, day: d}

  def to_time(%{hour: h, minute: m, second: s, microsecond: us}),
    do: %Time{hour: h, minute: m, second: s, microsecond: us}

  def to_erl(%{year: y, month: mo, day: d, hour: h, minute: mi, second: s}), do: {{y, mo, d}, {h, mi, s}}

  def from_erl({{y, mo, d}, {h, mi, s}}, microsecond \\ {0, 0}, calendar \\ Calendar.ISO),
    do: new(y, mo, d, h, mi, s, microsecond, calendar)

  def from_erl!(tuple, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case from_erl(tuple, microsecond, calendar) do
      {:ok, ndt} -> ndt
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(tuple)} to naive datetime, reason: #{inspect(reason)}"
    end
  end

  # Microseconds since 1970-01-01 00:00:00 of anything with date and time fields.
  @doc false
  def __to_us__(ndt), do: Date.__to_days__(ndt) * @us_per_day + Time.__to_us__(ndt)

  @doc false
  def __from_us__(total, precision) do
    %{year: y, month: mo, day: d} = Date.__from_days__(Integer.floor_div(total, @us_per_day))
    {h, mi, s, us} = Time.__from_us__(Integer.mod(total, @us_per_day))
    %NaiveDateTime{year: y, month: mo, day: d, hour: h, minute: mi, second: s, microsecond: {us, precision}}
  end

  def add(%{microsecond: {_, precision}} = ndt, amount, unit \\ :second) when is_integer(amount) do
    __from_us__(__to_us__(ndt) + Time.__unit_us__(amount, unit), precision)
  end

  def diff(a, b, unit \\ :second), do: Time.__us_diff__(__to_us__(a) - __to_us__(b), unit)

  def compare(a, b) do
    case {__to_us__(a), __to_us__(b)} do
      {x, y} when x < y -> :lt
      {x, y} when x > y -> :gt
      _ -> :eq
    end
  end

  def truncate(ndt, :second), do: %{ndt | microsecond: {0, 0}}

  def truncate(%{microsecond: {us, precision}} = ndt, :millisecond),
    do: %{ndt | microsecond: {div(us, 1000) * 1000, min(precision, 3)}}

  def truncate(ndt, :microsecond), do: ndt

  def utc_now(_calendar \\ Calendar.ISO), do: __from_us__(System.system_time(:microsecond), 6)
  def local_now(calendar \\ Calendar.ISO), do: utc_now(calendar)
end
