# Time: a time of day of Calendar.ISO with microseconds ({value, precision}: precision is
# how many fraction digits print). ~T[10:30:00] builds one; inspect prints ~T[...] and
# to_string the ISO text (runtime/format). Arithmetic goes through microseconds since
# midnight; shared with NaiveDateTime and DateTime through the __ helpers below.
defmodule Time do
  defstruct [:hour, :minute, :second, microsecond: {0, 0}, calendar: Calendar.ISO]

  @us_per_day 86_400_000_000

  def new(hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO)

  def new(hour, minute, second, microsecond, calendar) when is_integer(microsecond),
    do: new(hour, minute, second, {microsecond, 6}, calendar)

  def new(hour, minute, second, {us, precision}, Calendar.ISO)
      when is_integer(hour) and is_integer(minute) and is_integer(second) and is_integer(us) and
             is_integer(precision) do
    if __valid__?(hour, minute, second, us, precision),
      do: {:ok, %Time{hour: hour, minute: minute, second: second, microsecond: {us, precision}}},
      else: {:error, :invalid_time}
  end

  def new!(hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case new(hour, minute, second, microsecond, calendar) do
      {:ok, time} -> time
      {:error, reason} -> raise ArgumentError, "cannot build time, reason: #{inspect(reason)}"
    end
  end

  @doc false
  def __valid__?(h, m, s, us, p),
    do: h in 0..23 and m in 0..59 and s in 0..59 and us in 0..999_999 and p in 0..6

  def from_iso8601(string, calendar \\ Calendar.ISO)

  def from_iso8601("T" <> rest, Calendar.ISO), do: from_iso8601(rest, Calendar.ISO)

  def from_iso8601(string, Calendar.ISO) when is_binary(string) do
    case __parse__(string) do
      {:ok, {h, m, s, us}, ""} -> new(h, m, s, us)
      {:ok, _, "Z"} -> from_iso8601(binary_part(string, 0, byte_size(string) - 1))
      {:ok, _, _} -> {:error, :invalid_format}
      error -> error
    end
  end

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, time} -> time
      {:error, reason} -> raise ArgumentError, "cannot parse #{inspect(string)} as time, reason: #{inspect(reason)}"
    end
  end

  # "HH:MM:SS" with an optional fraction (.f to any digits; precision at most 6), and the
  # rest of the string.
  @doc false
  def __parse__(<<h::binary-size(2), ?:, m::binary-size(2), ?:, s::binary-size(2), rest::binary>>) do
    with {:ok, hour} <- digits(h), {:ok, minute} <- digits(m), {:ok, second} <- digits(s) do
      {us, rest} = fraction(rest)
      if __valid__?(hour, minute, second, elem(us, 0), elem(us, 1)),
        do: {:ok, {hour, minute, second, us}, rest},
        else: {:error, :invalid_time}
    end
  end

  def __parse__(_string), do: {:error, :invalid_format}

  defp digits(<<a, b>>) when a in ?0..?9 and b in ?0..?9, do: {:ok, (a - ?0) * 10 + b - ?0}
  defp digits(_), do: {:error, :invalid_format}

  defp fraction(<<sep, rest::binary>>) when sep in [?., ?,] do
    {digits, rest} = take_digits(rest, "")
    case digits do
      "" -> {{0, 0}, <<sep, rest::binary>>}
      _ ->
        precision = min(byte_size(digits), 6)
        us = String.to_integer(String.pad_trailing(binary_part(digits, 0, precision), 6, "0"))
        {{us, precision}, rest}
    end
  end

  defp fraction(rest), do: {{0, 0}, rest}

  defp take_digits(<<c, rest::binary>>, acc) when c in ?0..?9, do: take_digits(rest, acc <> <<c>>)
  defp take_digits(rest, acc), do: {acc, rest}

  def to_iso8601(time, format \\ :extended)
  def to_iso8601(%{hour: _, minute: _, second: _} = time, :extended), do: __text__(time)

  def to_iso8601(%{hour: h, minute: m, second: s, microsecond: us}, :basic),
    do: pad2(h) <> pad2(m) <> pad2(s) <> __fraction_text__(us)

  def to_string(time), do: __text__(time)

  @doc false
  def __text__(%{hour: h, minute: m, second: s, microsecond: us}),
    do: pad2(h) <> ":" <> pad2(m) <> ":" <> pad2(s) <> __fraction_text__(us)

  @doc false
  def __fraction_text__({_us, 0}), do: ""

  def __fraction_text__({us, precision}),
    do: "." <> binary_part(String.pad_leading(Integer.to_string(us), 6, "0"), 0, precision)

  defp pad2(n), do: String.pad_leading(Integer.to_string(n), 2, "0")

  def to_erl(%{hour: h, minute: m, second: s}), do: {h, m, s}
  def from_erl({h, m, s}, microsecond \\ {0, 0}, calendar \\ Calendar.ISO), do: new(h, m, s, microsecond, calendar)

  def from_erl!(tuple, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case from_erl(tuple, microsecond, calendar) do
      {:ok, time} -> time
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(tuple)} to time, reason: #{inspect(reason)}"
    end
  end

  @doc false
  def __to_us__(%{hour: h, minute: m, second: s, microsecond: {us, _}}),
    do: ((h * 60 + m) * 60 + s) * 1_000_000 + us

  # {hour, minute, second, microsecond value} of microseconds since midnight.
  @doc false
  def __from_us__(total) do
    secs = div(total, 1_000_000)
    {div(secs, 3600), rem(div(secs, 60), 60), rem(secs, 60), rem(total, 1_000_000)}
  end

  # Precision an amount in `unit` needs (Calendar.ISO.time_unit_to_precision/1).
  @doc false
  def __unit_precision__(:second), do: 0
  def __unit_precision__(:millisecond), do: 3
  def __unit_precision__(:microsecond), do: 6
  def __unit_precision__(:nanosecond), do: 6
  def __unit_precision__(n) when is_integer(n), do: min(6, length(Integer.digits(max(n - 1, 1))))
  def __unit_precision__(_), do: 0

  # Amounts in a unit to microseconds and back: System.convert_time_unit/3's units plus
  # :minute, :hour and :day, which the calendar functions also take.
  @doc false
  def __unit_us__(amount, :day), do: amount * 86_400_000_000
  def __unit_us__(amount, :hour), do: amount * 3_600_000_000
  def __unit_us__(amount, :minute), do: amount * 60_000_000
  def __unit_us__(amount, unit), do: System.convert_time_unit(amount, unit, :microsecond)

  @doc false
  def __us_unit__(us, :day), do: div(us, 86_400_000_000)
  def __us_unit__(us, :hour), do: div(us, 3_600_000_000)
  def __us_unit__(us, :minute), do: div(us, 60_000_000)
  def __us_unit__(us, unit), do: System.convert_time_unit(us, :microsecond, unit)

  # A difference in microseconds in `unit`, truncated toward zero (Elixir 1.14's diff/3).
  @doc false
  def __us_diff__(us, :second), do: div(us, 1_000_000)
  def __us_diff__(us, :millisecond), do: div(us, 1000)
  def __us_diff__(us, :microsecond), do: us
  def __us_diff__(us, :nanosecond), do: us * 1000
  def __us_diff__(us, per_second) when is_integer(per_second), do: div(us * per_second, 1_000_000)
  def __us_diff__(us, unit), do: __us_unit__(us, unit)

  # The result keeps the time's precision (Elixir 1.14; later versions widen it to the unit's).
  def add(%{microsecond: {_, precision}} = time, amount, unit \\ :second) when is_integer(amount) do
    total = Integer.mod(__to_us__(time) + __unit_us__(amount, unit), @us_per_day)
    {h, m, s, us} = __from_us__(total)
    %Time{hour: h, minute: m, second: s, microsecond: {us, precision}}
  end

  def diff(a, b, unit \\ :second), do: __us_diff__(__to_us__(a) - __to_us__(b), unit)

  def compare(a, b) do
    case {__to_us__(a), __to_us__(b)} do
      {x, y} when x < y -> :lt
      {x, y} when x > y -> :gt
      _ -> :eq
    end
  end

  def truncate(time, :second), do: %{time | microsecond: {0, 0}}

  def truncate(%{microsecond: {us, precision}} = time, :millisecond),
    do: %{time | microsecond: {div(us, 1000) * 1000, min(precision, 3)}}

  def truncate(time, :microsecond), do: time

  def to_seconds_after_midnight(time) do
    total = __to_us__(time)
    {div(total, 1_000_000), rem(total, 1_000_000)}
  end

  def from_seconds_after_midnight(seconds, microsecond \\ {0, 0}, _calendar \\ Calendar.ISO)
      when is_integer(seconds) do
    {h, m, s, _} = __from_us__(Integer.mod(seconds, 86_400) * 1_000_000)
    %Time{hour: h, minute: m, second: s, microsecond: microsecond}
  end

  def utc_now(_calendar \\ Calendar.ISO) do
    us = Integer.mod(System.system_time(:microsecond), @us_per_day)
    {h, m, s, micro} = __from_us__(us)
    %Time{hour: h, minute: m, second: s, microsecond: {micro, 6}}
  end
end
