# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Memo do
  def fib(n), do: elem(fib(n, %{}), 0)
  defp fib(n, memo) when n < 2, do: {n, memo}
  defp fib(n, memo) do
    case memo do
      %{^n => v} -> {v, memo}
      _ ->
        {a, memo} = fib(n - 1, memo)
        {b, memo} = fib(n - 2, memo)
        {a + b, Map.put(memo, n, a + b)}
    end
  end
  def lcs(a, b) do
    as = String.graphemes(a)
    bs = String.graphemes(b)
    table =
      for {x, i} <- Enum.with_index(as, 1), {y, j} <- Enum.with_index(bs, 1), reduce: %{} do
        t ->
          v = if x == y, do: Map.get(t, {i - 1, j - 1}, 0) + 1, else: max(Map.get(t, {i - 1, j}, 0), Map.get(t, {i, j - 1}, 0))
          Map.put(t, {i, j}, v)
      end
    Map.get(table, {length(as), length(bs)}, 0)
  end
  def coin_change(coins, amount) do
    Enum.reduce(1..amount, %{0 => 0}, fn a, memo ->
      best = coins |> Enum.filter(&(&1 <= a)) |> Enum.map(&Map.get(memo, a - &1)) |> Enum.reject(&is_nil/1) |> Enum.min(fn -> nil end)
      if best, do: Map.put(memo, a, best + 1), else: memo
    end)
    |> Map.get(amount, :impossible)
  end
end
IO.inspect(Memo.fib(90))
IO.inspect(Enum.map(0..15, &Memo.fib/1))
IO.inspect(Memo.lcs("AGGTAB", "GXTXAYB"))
IO.inspect(Memo.lcs("elixir", "erlang"))
IO.inspect(Memo.coin_change([1, 5, 10, 25], 63))
IO.inspect(Memo.coin_change([2], 3))
IO.inspect(Memo.coin_change([3, 7], 20))

# CHECK: 2880067194370816120
# CHECK-NEXT: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610]
# CHECK-NEXT: 4
# CHECK-NEXT: 2
# CHECK-NEXT: 6
# CHECK-NEXT: :impossible
# CHECK-NEXT: 4
