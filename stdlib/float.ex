# Float: the functions not provided by the runtime (parse, to_string/1, round, floor and
# ceil are BIFs).
defmodule Float do
  def max_finite(), do: 1.7976931348623157e308
  def min_finite(), do: -1.7976931348623157e308

  def pow(base, exponent) when is_float(base) and is_number(exponent),
    do: :math.pow(base, exponent)

  def to_charlist(float) when is_float(float), do: :erlang.binary_to_list(Float.to_string(float))
  def to_char_list(float), do: to_charlist(float)

  # Deprecated forms taking :erlang.float_to_binary/2 options (compact: true is :compact).
  def to_string(float, options) when is_float(float) and is_list(options),
    do: :erlang.float_to_binary(float, expand_compact(options))

  def to_char_list(float, options) when is_float(float) and is_list(options),
    do: :erlang.binary_to_list(to_string(float, options))

  defp expand_compact([{:compact, false} | t]), do: expand_compact(t)
  defp expand_compact([{:compact, true} | t]), do: [:compact | expand_compact(t)]
  defp expand_compact([h | t]), do: [h | expand_compact(t)]
  defp expand_compact([]), do: []

  # The exact value of the float as a fraction in lowest terms (the denominator is a power
  # of two). The IEEE 754 fields are read from the 64-bit pattern.
  def ratio(float) when is_float(float) do
    # (two 32-bit halves: a 64-bit segment above 2^60 does not match yet, see notes)
    <<hi::32, lo::32>> = <<float::float>>
    bits = hi * 0x100000000 + lo
    sign = :erlang.bsr(bits, 63)
    exp = :erlang.band(:erlang.bsr(bits, 52), 0x7FF)
    mantissa = :erlang.band(bits, 0xFFFFFFFFFFFFF)

    {num, e} =
      case exp do
        0 -> {mantissa, -1074}
        _ -> {mantissa + 0x10000000000000, exp - 1075}
      end

    {num, den} =
      cond do
        num == 0 -> {0, 1}
        e >= 0 -> {num * :erlang.bsl(1, e), 1}
        true -> reduce_ratio(num, -e)
      end

    if sign == 1, do: {-num, den}, else: {num, den}
  end

  defp reduce_ratio(num, 0), do: {num, 1}

  defp reduce_ratio(num, e) do
    if :erlang.band(num, 1) == 0,
      do: reduce_ratio(:erlang.bsr(num, 1), e - 1),
      else: {num, :erlang.bsl(1, e)}
  end
end
