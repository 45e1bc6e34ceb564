# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule NT do
  def prime?(n) when n < 2, do: false
  def prime?(2), do: true
  def prime?(n) when rem(n, 2) == 0, do: false
  def prime?(n), do: Enum.all?(Stream.iterate(3, &(&1 + 2)) |> Enum.take_while(&(&1 * &1 <= n)), &(rem(n, &1) != 0))
  def factors(n), do: factors(n, 2, [])
  defp factors(1, _, acc), do: Enum.reverse(acc)
  defp factors(n, d, acc) when d * d > n, do: Enum.reverse([n | acc])
  defp factors(n, d, acc) when rem(n, d) == 0, do: factors(div(n, d), d, [d | acc])
  defp factors(n, d, acc), do: factors(n, d + 1, acc)
  def modpow(_b, 0, _m), do: 1
  def modpow(b, e, m) when rem(e, 2) == 0, do: (h = modpow(b, div(e, 2), m); rem(h * h, m))
  def modpow(b, e, m), do: rem(b * modpow(b, e - 1, m), m)
  def collatz(1, steps), do: steps
  def collatz(n, steps) when rem(n, 2) == 0, do: collatz(div(n, 2), steps + 1)
  def collatz(n, steps), do: collatz(3 * n + 1, steps + 1)
  def digits_sum(n), do: n |> Integer.digits() |> Enum.sum()
  def to_base(0, _), do: "0"
  def to_base(n, b), do: Integer.to_string(n, b)
  def binomial(n, k), do: div(Enum.reduce(1..k//1, 1, &(&2 * (n - &1 + 1))), Enum.reduce(1..k//1, 1, &*/2))
  def isqrt(n), do: isqrt(n, n)
  defp isqrt(n, x) do
    y = div(x + div(n, x), 2)
    if y >= x, do: x, else: isqrt(n, y)
  end
end
IO.inspect(Enum.filter(1..50, &NT.prime?/1))
IO.inspect(NT.prime?(1_000_000_007))
IO.inspect(NT.factors(360))
IO.inspect(NT.factors(600_851_475_143))
IO.inspect(NT.factors(2 ** 20 * 3 ** 5))
IO.inspect(NT.modpow(2, 1000, 1_000_000_007))
IO.inspect(NT.modpow(3, 10_000, 97))
IO.inspect(Enum.max_by(1..1000, &NT.collatz(&1, 0)))
IO.inspect(NT.digits_sum(2 ** 1000))
IO.inspect(Enum.map([0, 5, 255, 4096], &NT.to_base(&1, 2)))
IO.inspect(Enum.map([255, 4096, 123_456_789], &NT.to_base(&1, 36)))
IO.inspect(NT.binomial(50, 25))
IO.inspect(NT.binomial(100, 50))
IO.inspect(for n <- 0..6, do: for(k <- 0..n, do: NT.binomial(n, k)))
IO.inspect(NT.isqrt(10 ** 40))
IO.inspect(NT.isqrt(99))
IO.inspect(Integer.gcd(2 ** 64, 6 ** 20))
IO.inspect(div(10 ** 30, 3 ** 20))
IO.inspect(rem(-(10 ** 30), 7))
IO.inspect(Integer.mod(-(10 ** 30), 7))
IO.inspect(Integer.floor_div(-(10 ** 30), 7))
IO.inspect(-(10 ** 30) |> div(7))
IO.inspect(abs(-(2 ** 70)))
IO.inspect((2 ** 70) |> Integer.to_string() |> String.length())
IO.inspect(Bitwise.band(2 ** 70 - 1, 0xFFFF))
IO.inspect(Bitwise.bsr(2 ** 70, 60))
IO.inspect(Bitwise.bxor(2 ** 65, 2 ** 64))
IO.inspect(Bitwise.bnot(2 ** 64))
IO.inspect(2 ** 64 == 18_446_744_073_709_551_616)
IO.inspect(2 ** 64 > 2.0 ** 63)
IO.inspect((2 ** 64) * 1.0)
IO.inspect(Enum.sum(Enum.map(1..100, &(&1 ** 10))))

# CHECK: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
# CHECK-NEXT: true
# CHECK-NEXT: [2, 2, 2, 3, 3, 5]
# CHECK-NEXT: [71, 839, 1471, 6857]
# CHECK-NEXT: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3]
# CHECK-NEXT: 688423210
# CHECK-NEXT: 61
# CHECK-NEXT: 871
# CHECK-NEXT: 1366
# CHECK-NEXT: ["0", "101", "11111111", "1000000000000"]
# CHECK-NEXT: ["73", "35S", "21I3V9"]
# CHECK-NEXT: 126410606437752
# CHECK-NEXT: 100891344545564193334812497256
# CHECK-NEXT: [
# CHECK-NEXT:   [1],
# CHECK-NEXT:   [1, 1],
# CHECK-NEXT:   [1, 2, 1],
# CHECK-NEXT:   [1, 3, 3, 1],
# CHECK-NEXT:   [1, 4, 6, 4, 1],
# CHECK-NEXT:   [1, 5, 10, 10, 5, 1],
# CHECK-NEXT:   [1, 6, 15, 20, 15, 6, 1]
# CHECK-NEXT: ]
# CHECK-NEXT: 100000000000000000000
# CHECK-NEXT: 9
# CHECK-NEXT: 1048576
# CHECK-NEXT: 286797199079244131332
# CHECK-NEXT: -1
# CHECK-NEXT: 6
# CHECK-NEXT: -142857142857142857142857142858
# CHECK-NEXT: -142857142857142857142857142857
# CHECK-NEXT: 1180591620717411303424
# CHECK-NEXT: 22
# CHECK-NEXT: 65535
# CHECK-NEXT: 1024
# CHECK-NEXT: 55340232221128654848
# CHECK-NEXT: -18446744073709551617
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: 1.8446744073709552e19
# CHECK-NEXT: 959924142434241924250
