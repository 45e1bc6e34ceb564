# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Acc do
  def reverse(l), do: reverse(l, [])
  defp reverse([], acc), do: acc
  defp reverse([h | t], acc), do: reverse(t, [h | acc])
  def sum_squares(l), do: Enum.reduce(l, 0, &(&1 * &1 + &2))
  def count_by(l, f), do: do_count(l, f, %{})
  defp do_count([], _f, acc), do: acc
  defp do_count([h | t], f, acc), do: do_count(t, f, Map.update(acc, f.(h), 1, &(&1 + 1)))
  def run_lengths([]), do: []
  def run_lengths([h | t]), do: run_lengths(t, h, 1, [])
  defp run_lengths([], cur, n, acc), do: Enum.reverse([{cur, n} | acc])
  defp run_lengths([cur | t], cur, n, acc), do: run_lengths(t, cur, n + 1, acc)
  defp run_lengths([h | t], cur, n, acc), do: run_lengths(t, h, 1, [{cur, n} | acc])
  def zip_longest(a, b, fill), do: zl(a, b, fill, [])
  defp zl([], [], _, acc), do: Enum.reverse(acc)
  defp zl([], [y | ys], f, acc), do: zl([], ys, f, [{f, y} | acc])
  defp zl([x | xs], [], f, acc), do: zl(xs, [], f, [{x, f} | acc])
  defp zl([x | xs], [y | ys], f, acc), do: zl(xs, ys, f, [{x, y} | acc])
  def chunk_sum(l, n), do: l |> Enum.chunk_every(n) |> Enum.map(&Enum.sum/1)
  def depth(l) when is_list(l), do: 1 + (l |> Enum.map(&depth/1) |> Enum.max(fn -> 0 end))
  def depth(_), do: 0
  def interleave([], ys), do: ys
  def interleave([x | xs], ys), do: [x | interleave(ys, xs)]
  def pascal(0), do: [1]
  def pascal(n), do: (prev = pascal(n - 1); Enum.zip_with([0 | prev], prev ++ [0], &+/2))
  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, acc + rem(n, 7))
end
IO.inspect(Acc.reverse(Enum.to_list(1..10)))
IO.inspect(Acc.sum_squares(1..100))
IO.inspect(Acc.count_by(~w(apple avocado banana blueberry cherry), &String.first/1))
IO.inspect(Acc.run_lengths([1, 1, 2, 2, 2, 3, 1, 1]))
IO.inspect(Acc.run_lengths(String.graphemes("aaabccdddd")))
IO.inspect(Acc.zip_longest([1, 2, 3], [:a], nil))
IO.inspect(Acc.chunk_sum(Enum.to_list(1..10), 3))
IO.inspect(Enum.map([1, [1], [[1]], [1, [2, [3, [4]]]], []], &Acc.depth/1))
IO.inspect(Acc.interleave([1, 3, 5, 7], [2, 4]))
IO.inspect(Enum.map(0..6, &Acc.pascal/1))
IO.inspect(Acc.loop(5_000_000, 0))

# CHECK: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
# CHECK-NEXT: 338350
# CHECK-NEXT: %{"a" => 2, "b" => 2, "c" => 1}
# CHECK-NEXT: [{1, 2}, {2, 3}, {3, 1}, {1, 2}]
# CHECK-NEXT: [{"a", 3}, {"b", 1}, {"c", 2}, {"d", 4}]
# CHECK-NEXT: [{1, :a}, {2, nil}, {3, nil}]
# CHECK-NEXT: [6, 15, 24, 10]
# CHECK-NEXT: [0, 1, 2, 4, 1]
# CHECK-NEXT: [1, 2, 3, 4, 5, 7]
# CHECK-NEXT: [
# CHECK-NEXT:   [1],
# CHECK-NEXT:   [1, 1],
# CHECK-NEXT:   [1, 2, 1],
# CHECK-NEXT:   [1, 3, 3, 1],
# CHECK-NEXT:   [1, 4, 6, 4, 1],
# CHECK-NEXT:   [1, 5, 10, 10, 5, 1],
# CHECK-NEXT:   [1, 6, 15, 20, 15, 6, 1]
# CHECK-NEXT: ]
# CHECK-NEXT: 15000000
