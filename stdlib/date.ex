# Date: ISO calendar dates (Calendar.ISO only). ~D[2024-01-31] builds one; inspect prints
# ~D[...] and to_string/interpolation the ISO 8601 text (runtime/format). Day arithmetic
# goes through days since 0000-03-01 (Hinnant's civil-from-days).
defmodule Date do
  defstruct [:year, :month, :day, calendar: Calendar.ISO]

  def new(year, month, day, calendar \\ Calendar.ISO)

  def new(year, month, day, Calendar.ISO)
      when is_integer(year) and is_integer(month) and is_integer(day) do
    if valid_date?(year, month, day),
      do: {:ok, %Date{year: year, month: month, day: day}},
      else: {:error, :invalid_date}
  end

  def new!(year, month, day, calendar \\ Calendar.ISO) do
    case new(year, month, day, calendar) do
      {:ok, date} -> date
      {:error, reason} -> raise ArgumentError, "cannot build date, reason: #{inspect(reason)}"
    end
  end

  defp valid_date?(year, month, day),
    do: month >= 1 and month <= 12 and day >= 1 and day <= days_in_month(year, month)

  def leap_year?(%{year: year}), do: leap?(year)
  defp leap?(y), do: rem(y, 4) == 0 and (rem(y, 100) != 0 or rem(y, 400) == 0)

  def days_in_month(%{year: y, month: m}), do: days_in_month(y, m)
  defp days_in_month(y, 2), do: if(leap?(y), do: 29, else: 28)
  defp days_in_month(_y, m) when m in [4, 6, 9, 11], do: 30
  defp days_in_month(_y, _m), do: 31

  def months_in_year(_date), do: 12

  def from_iso8601(string, calendar \\ Calendar.ISO)

  def from_iso8601(<<y::binary-size(4), ?-, m::binary-size(2), ?-, d::binary-size(2)>>, Calendar.ISO) do
    with {year, ""} <- Integer.parse(y),
         {month, ""} <- Integer.parse(m),
         {day, ""} <- Integer.parse(d),
         true <- year >= 0 do
      new(year, month, day)
    else
      _ -> {:error, :invalid_format}
    end
  end

  def from_iso8601(_string, _calendar), do: {:error, :invalid_format}

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, date} ->
        date

      {:error, reason} ->
        raise ArgumentError, "cannot parse #{inspect(string)} as date, reason: #{inspect(reason)}"
    end
  end

  def to_iso8601(%{year: y, month: m, day: d}, _format \\ :extended) do
    pad(y, 4) <> "-" <> pad(m, 2) <> "-" <> pad(d, 2)
  end

  def to_string(date), do: to_iso8601(date)

  defp pad(n, width) when n < 0, do: "-" <> pad(-n, width)
  defp pad(n, width), do: String.pad_leading(Integer.to_string(n), width, "0")

  def to_erl(%{year: y, month: m, day: d}), do: {y, m, d}

  def from_erl({y, m, d}, calendar \\ Calendar.ISO), do: new(y, m, d, calendar)

  def from_erl!(tuple, calendar \\ Calendar.ISO) do
    case from_erl(tuple, calendar) do
      {:ok, date} -> date
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(tuple)} to date, reason: #{inspect(reason)}"
    end
  end

  # Days since 1970-01-01 (civil-from-days, Howard Hinnant).
  defp to_days(%{year: y, month: m, day: d}) do
    y = if m <= 2, do: y - 1, else: y
    era = Integer.floor_div(y, 400)
    yoe = y - era * 400
    mp = if m > 2, do: m - 3, else: m + 9
    doy = div(153 * mp + 2, 5) + d - 1
    doe = yoe * 365 + div(yoe, 4) - div(yoe, 100) + doy
    era * 146_097 + doe - 719_468
  end

  @doc false
  def __from_days__(days), do: from_days(days)

  @doc false
  def __to_days__(date), do: to_days(date)

  def range(%{calendar: Calendar.ISO} = first, %{calendar: Calendar.ISO} = last) do
    step = if Date.compare(first, last) == :gt, do: -1, else: 1
    %Date.Range{first: first, last: last, first_in_days: to_days(first), last_in_days: to_days(last), step: step}
  end

  def range(%{calendar: Calendar.ISO} = first, %{calendar: Calendar.ISO} = last, step)
      when is_integer(step) and step != 0 do
    %Date.Range{first: first, last: last, first_in_days: to_days(first), last_in_days: to_days(last), step: step}
  end

  defp from_days(z) do
    z = z + 719_468
    era = Integer.floor_div(z, 146_097)
    doe = z - era * 146_097
    yoe = div(doe - div(doe, 1460) + div(doe, 36524) - div(doe, 146_096), 365)
    y = yoe + era * 400
    doy = doe - (365 * yoe + div(yoe, 4) - div(yoe, 100))
    mp = div(5 * doy + 2, 153)
    d = doy - div(153 * mp + 2, 5) + 1
    m = if mp < 10, do: mp + 3, else: mp - 9
    %Date{year: if(m <= 2, do: y + 1, else: y), month: m, day: d}
  end

  def add(%{calendar: Calendar.ISO} = date, days) when is_integer(days),
    do: from_days(to_days(date) + days)

  def diff(%{calendar: Calendar.ISO} = a, %{calendar: Calendar.ISO} = b), do: to_days(a) - to_days(b)

  def compare(a, b) do
    case {to_erl(a), to_erl(b)} do
      {x, y} when x < y -> :lt
      {x, y} when x > y -> :gt
      _ -> :eq
    end
  end

  def day_of_week(date, starting_on \\ :default)

  def day_of_week(date, :default), do: Integer.mod(to_days(date) + 3, 7) + 1
  def day_of_week(date, :monday), do: day_of_week(date, :default)
  def day_of_week(date, :sunday), do: Integer.mod(to_days(date) + 4, 7) + 1

  def day_of_year(%{year: y} = date), do: to_days(date) - to_days(%Date{year: y, month: 1, day: 1}) + 1

  def quarter_of_year(%{month: m}), do: div(m - 1, 3) + 1

  def beginning_of_month(%{} = date), do: %Date{year: date.year, month: date.month, day: 1}

  def end_of_month(%{} = date),
    do: %Date{year: date.year, month: date.month, day: days_in_month(date.year, date.month)}

  def beginning_of_week(date, starting_on \\ :default), do: add(date, 1 - day_of_week(date, starting_on))
  def end_of_week(date, starting_on \\ :default), do: add(date, 7 - day_of_week(date, starting_on))

  def utc_today(_calendar \\ Calendar.ISO),
    do: from_days(Integer.floor_div(System.system_time(:second), 86_400))
end

defmodule Date.Range do
  defstruct [:first, :last, :first_in_days, :last_in_days, :step]
end
