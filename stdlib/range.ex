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

  # True when no integer belongs to both ranges: each non-empty range is an arithmetic
  # progression {low, high, |step|}; they meet iff the congruences x = low1 (mod s1),
  # x = low2 (mod s2) have a solution inside both bounds.
  def disjoint?(%Range{} = range1, %Range{} = range2) do
    if size(range1) == 0 or size(range2) == 0 do
      true
    else
      {lo1, hi1, s1} = normalize(range1)
      {lo2, hi2, s2} = normalize(range2)
      lo = :erlang.max(lo1, lo2)
      hi = :erlang.min(hi1, hi2)

      cond do
        lo > hi ->
          true

        s1 == 1 and s2 == 1 ->
          false

        true ->
          {g, u, _v} = Integer.extended_gcd(s1, s2)
          diff = lo2 - lo1

          if rem(diff, g) != 0 do
            true
          else
            lcm = div(s1 * s2, g)
            # x = lo1 + s1 * k with s1 * k = diff (mod s2)  =>  k = (diff / g) * u (mod s2 / g)
            k = Integer.mod(div(diff, g) * u, div(s2, g))
            x0 = lo1 + s1 * k
            # smallest solution >= lo
            x = if x0 >= lo, do: x0 - div(x0 - lo, lcm) * lcm, else: x0 + div(lo - x0 + lcm - 1, lcm) * lcm
            x > hi
          end
      end
    end
  end

  defp normalize(%Range{first: first, last: last, step: step}) when step > 0 do
    {first, first + div(last - first, step) * step, step}
  end

  defp normalize(%Range{first: first, last: last, step: step}) do
    {first + div(last - first, step) * step, first, -step}
  end
end
