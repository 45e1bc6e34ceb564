# Integer: the functions not provided by the runtime (parse, to_string, digits, pow, gcd, mod
# and floor_div are BIFs). is_even/is_odd are guard macros in Elixir; here they are also
# plain functions.
defmodule Integer do
  def is_even(integer) when is_integer(integer), do: rem(integer, 2) == 0
  def is_odd(integer) when is_integer(integer), do: rem(integer, 2) != 0

  def to_charlist(integer), do: :erlang.integer_to_list(integer)
  def to_charlist(integer, base), do: :erlang.integer_to_list(integer, base)

  # Deprecated spellings.
  def to_char_list(integer), do: to_charlist(integer)
  def to_char_list(integer, base), do: to_charlist(integer, base)

  def undigits(digits, base \\ 10)
      when is_list(digits) and is_integer(base) and base >= 2,
      do: undigits_list(digits, base, 0)

  defp undigits_list([], _base, acc), do: acc

  defp undigits_list([digit | _], base, _acc) when is_integer(digit) and digit >= base,
    do: raise(ArgumentError, "invalid digit #{digit} in base #{base}")

  defp undigits_list([digit | t], base, acc) when is_integer(digit),
    do: undigits_list(t, base, acc * base + digit)

  # Bezout coefficients: {gcd, s, t} with a * s + b * t = gcd (gcd >= 0), from the
  # extended Euclidean algorithm run on (b, a).
  def extended_gcd(0, 0), do: {0, 0, 0}
  def extended_gcd(0, b) when is_integer(b), do: {b, 0, 1}
  def extended_gcd(a, 0) when is_integer(a), do: {a, 1, 0}

  def extended_gcd(a, b) when is_integer(a) and is_integer(b),
    do: egcd(b, a, 0, 1, 1, 0)

  defp egcd(r1, r0, s1, s0, t1, t0) do
    q = div(r0, r1)

    case r0 - q * r1 do
      0 when r1 > 0 -> {r1, s1, t1}
      0 -> {-r1, -s1, -t1}
      r2 -> egcd(r2, r1, s0 - q * s1, s1, t0 - q * t1, t1)
    end
  end
end
