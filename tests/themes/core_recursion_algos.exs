# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Algo do
  def fib(n), do: fib(n, 0, 1)
  defp fib(0, a, _), do: a
  defp fib(n, a, b), do: fib(n - 1, b, a + b)

  def qsort([]), do: []
  def qsort([p | rest]) do
    {l, r} = Enum.split_with(rest, &(&1 < p))
    qsort(l) ++ [p] ++ qsort(r)
  end

  def msort([]), do: []
  def msort([x]), do: [x]
  def msort(list) do
    {a, b} = Enum.split(list, div(length(list), 2))
    merge(msort(a), msort(b))
  end
  defp merge([], b), do: b
  defp merge(a, []), do: a
  defp merge([x | xs], [y | _] = ys) when x <= y, do: [x | merge(xs, ys)]
  defp merge(xs, [y | ys]), do: [y | merge(xs, ys)]

  def hanoi(0, _, _, _), do: []
  def hanoi(n, from, to, via) do
    hanoi(n - 1, from, via, to) ++ [{from, to}] ++ hanoi(n - 1, via, to, from)
  end

  def gcd(a, 0), do: a
  def gcd(a, b), do: gcd(b, rem(a, b))

  def primes(n), do: sieve(Enum.to_list(2..n))
  defp sieve([]), do: []
  defp sieve([p | t]), do: [p | sieve(for x <- t, rem(x, p) != 0, do: x)]

  def flatten([]), do: []
  def flatten([h | t]) when is_list(h), do: flatten(h) ++ flatten(t)
  def flatten([h | t]), do: [h | flatten(t)]

  def perms([]), do: [[]]
  def perms(l), do: for x <- l, rest <- perms(l -- [x]), do: [x | rest]

  def count_down(0), do: IO.puts("liftoff")
  def count_down(n) do
    IO.write("#{n} ")
    count_down(n - 1)
  end

  def ackermann(0, n), do: n + 1
  def ackermann(m, 0), do: ackermann(m - 1, 1)
  def ackermann(m, n), do: ackermann(m - 1, ackermann(m, n - 1))

  def sum_to(0), do: 0
  def sum_to(n), do: n + sum_to(n - 1)
end

IO.inspect(Enum.map(0..15, &Algo.fib/1))
IO.inspect(Algo.fib(100))
IO.inspect(Algo.qsort([5, 3, 8, 1, 9, 2, 7, 3]))
IO.inspect(Algo.msort([10, -1, 4, 4, 0, 22, 3]))
IO.inspect(Algo.hanoi(3, :a, :c, :b))
IO.inspect(length(Algo.hanoi(10, :a, :c, :b)))
IO.inspect(Algo.gcd(1071, 462))
IO.inspect(Algo.primes(60))
IO.inspect(Algo.flatten([1, [2, [3, [4, []]], 5], [[6]]]))
IO.inspect(Algo.perms([1, 2, 3]))
Algo.count_down(5)
IO.inspect(Algo.ackermann(2, 3))
IO.inspect(Algo.sum_to(100_000))

# CHECK: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610]
# CHECK-NEXT: 354224848179261915075
# CHECK-NEXT: [1, 2, 3, 3, 5, 7, 8, 9]
# CHECK-NEXT: [-1, 0, 3, 4, 4, 10, 22]
# CHECK-NEXT: [a: :c, a: :b, c: :b, a: :c, b: :a, b: :c, a: :c]
# CHECK-NEXT: 1023
# CHECK-NEXT: 21
# CHECK-NEXT: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59]
# CHECK-NEXT: [1, 2, 3, 4, 5, 6]
# CHECK-NEXT: {{\[\[}}1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]
# CHECK-NEXT: 5 4 3 2 1 liftoff
# CHECK-NEXT: 9
# CHECK-NEXT: 5000050000
