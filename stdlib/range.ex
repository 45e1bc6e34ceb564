# Range: first..last//step. Literal ranges are built by the compiler; Range.new/2,3 check
# their arguments like Elixir does.
defmodule Range do
  defstruct first: nil, last: nil, step: nil

  def new(first, last) when is_integer(first) and is_integer(last) do
    %Range{first: first, last: last, step: if(first <= last, do: 1, else: -1)}
  end

  def new(first, last) do
    raise ArgumentError,
          "ranges (first..last) expect both sides to be integers, got: " <>
            "#{inspect(first)}..#{inspect(last)}"
  end

  def new(first, last, step)
      when is_integer(first) and is_integer(last) and is_integer(step) and step != 0 do
    %Range{first: first, last: last, step: step}
  end

  def new(first, last, step) do
    raise ArgumentError,
          "ranges (first..last//step) expect both sides to be integers and the step to be a " <>
            "non-zero integer, got: #{inspect(first)}..#{inspect(last)}//#{inspect(step)}"
  end

  def size(%Range{first: first, last: last, step: step}) when step > 0 and first > last, do: 0
  def size(%Range{first: first, last: last, step: step}) when step < 0 and first < last, do: 0
  def size(%Range{first: first, last: last, step: step}), do: div(last - first, step) + 1

  def shift(%Range{first: first, last: last, step: step}, steps_to_shift)
      when is_integer(steps_to_shift) do
    %Range{first: first + steps_to_shift * step, last: last + steps_to_shift * step, step: step}
  end

  def range?(%Range{first: first, last: last}) when is_integer(first) and is_integer(last),
    do: true

  def range?(_), do: false

  # Elixir 1.14 decides this with the closed formula for the first common term of two
  # arithmetic progressions (from the Bezout coefficients of the steps), after flipping
  # decreasing ranges to {last, first, -step} without aligning them on their step. That is
  # not exact for every stepped range, and this follows it term by term so the answers are
  # the same.
  def disjoint?(%Range{} = range1, %Range{} = range2) do
    if size(range1) == 0 or size(range2) == 0 do
      true
    else
      {lo1, hi1, s1} = ascending(range1)
      {lo2, hi2, s2} = ascending(range2)

      cond do
        hi2 < lo1 or hi1 < lo2 ->
          true

        abs(s1) == 1 and abs(s2) == 1 ->
          false

        true ->
          {g, u, v} = Integer.extended_gcd(-s1, s2)
          c = lo1 - lo2 + s2 - s1
          k = :erlang.max(floor(-c / s1 * u) + 1, floor(-c / s2 * v) + 1)
          i1 = div(c * u + k * s2, g) - 1
          i2 = div(c * v + k * s1, g) - 1
          i1 < 0 or lo1 + i1 * s1 > hi1 or i2 < 0 or lo2 + i2 * s2 > hi2
      end
    end
  end

  defp ascending(%Range{first: first, last: last, step: step}) when first > last,
    do: {last, first, -step}

  defp ascending(%Range{first: first, last: last, step: step}), do: {first, last, step}
end
