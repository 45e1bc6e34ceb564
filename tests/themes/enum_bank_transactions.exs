# RUN: %athanor run %s | FileCheck --match-full-lines %s
txs = [
  {:deposit, "alice", 500}, {:withdraw, "bob", 50}, {:deposit, "bob", 300},
  {:transfer, "alice", "bob", 200}, {:withdraw, "alice", 1000}, {:deposit, "carol", 75},
  {:transfer, "bob", "dave", 100}, {:withdraw, "carol", 25}, {:fee, "alice", 5}
]
apply_tx = fn
  {:deposit, who, amt}, acc -> {:ok, Map.update(acc, who, amt, &(&1 + amt))}
  {:withdraw, who, amt}, acc ->
    case Map.get(acc, who, 0) do
      bal when bal >= amt -> {:ok, Map.put(acc, who, bal - amt)}
      bal -> {:error, {:insufficient, who, bal, amt}}
    end
  {:transfer, from, to, amt}, acc ->
    if Map.get(acc, from, 0) >= amt do
      {:ok, acc |> Map.update!(from, &(&1 - amt)) |> Map.update(to, amt, &(&1 + amt))}
    else
      {:error, {:insufficient, from, Map.get(acc, from, 0), amt}}
    end
  other, _acc -> {:error, {:unknown, other}}
end
{balances, errors} =
  Enum.reduce(txs, {%{}, []}, fn tx, {acc, errs} ->
    case apply_tx.(tx, acc) do
      {:ok, acc2} -> {acc2, errs}
      {:error, e} -> {acc, [e | errs]}
    end
  end)
IO.inspect(balances)
IO.inspect(Enum.reverse(errors))
IO.inspect(balances |> Map.values() |> Enum.sum())
IO.inspect(Enum.count(txs, &match?({:deposit, _, _}, &1)))
by_kind = Enum.group_by(txs, &elem(&1, 0))
IO.inspect(Map.new(by_kind, fn {k, v} -> {k, length(v)} end))
IO.inspect(txs |> Enum.filter(&(tuple_size(&1) == 3)) |> Enum.map(&elem(&1, 2)) |> Enum.sum())
people = txs |> Enum.flat_map(fn t -> t |> Tuple.to_list() |> Enum.filter(&is_binary/1) end) |> Enum.uniq()
IO.inspect(people)
IO.inspect(Enum.sort_by(balances, fn {name, bal} -> {-bal, name} end))
history = Enum.scan(txs, %{}, fn tx, acc -> case apply_tx.(tx, acc) do {:ok, a} -> a; _ -> acc end end)
IO.inspect(Enum.map(history, &Map.get(&1, "alice", 0)))
IO.inspect(Enum.zip(txs, history) |> Enum.map(fn {tx, h} -> {elem(tx, 0), map_size(h)} end))
richest = Enum.max_by(balances, &elem(&1, 1))
IO.puts("richest: #{elem(richest, 0)} with #{elem(richest, 1)}")
Enum.each(Enum.sort(balances), fn {n, b} -> IO.puts("#{String.pad_trailing(n, 6)}#{String.pad_leading(Integer.to_string(b), 6)}") end)

# CHECK: %{"alice" => 300, "bob" => 400, "carol" => 50, "dave" => 100}
# CHECK-NEXT: [
# CHECK-NEXT:   {:insufficient, "bob", 0, 50},
# CHECK-NEXT:   {:insufficient, "alice", 300, 1000},
# CHECK-NEXT:   {:unknown, {:fee, "alice", 5}}
# CHECK-NEXT: ]
# CHECK-NEXT: 850
# CHECK-NEXT: 3
# CHECK-NEXT: %{deposit: 3, fee: 1, transfer: 2, withdraw: 3}
# CHECK-NEXT: 1955
# CHECK-NEXT: ["alice", "bob", "carol", "dave"]
# CHECK-NEXT: [{"bob", 400}, {"alice", 300}, {"dave", 100}, {"carol", 50}]
# CHECK-NEXT: [500, 500, 500, 300, 300, 300, 300, 300, 300]
# CHECK-NEXT: [
# CHECK-NEXT:   deposit: 1,
# CHECK-NEXT:   withdraw: 1,
# CHECK-NEXT:   deposit: 2,
# CHECK-NEXT:   transfer: 2,
# CHECK-NEXT:   withdraw: 2,
# CHECK-NEXT:   deposit: 3,
# CHECK-NEXT:   transfer: 4,
# CHECK-NEXT:   withdraw: 4,
# CHECK-NEXT:   fee: 4
# CHECK-NEXT: ]
# CHECK-NEXT: richest: bob with 400
# CHECK-NEXT: alice    300
# CHECK-NEXT: bob      400
# CHECK-NEXT: carol     50
# CHECK-NEXT: dave     100
