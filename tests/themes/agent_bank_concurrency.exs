# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Bank do
  def start, do: Agent.start_link(fn -> %{} end)
  def open(b, who, amt), do: Agent.update(b, &Map.put(&1, who, amt))
  def transfer(b, from, to, amt) do
    Agent.get_and_update(b, fn accts ->
      case accts do
        %{^from => fb, ^to => _} when fb >= amt ->
          {:ok, accts |> Map.update!(from, &(&1 - amt)) |> Map.update!(to, &(&1 + amt))}
        %{^from => _, ^to => _} -> {{:error, :insufficient}, accts}
        _ -> {{:error, :no_account}, accts}
      end
    end)
  end
  def total(b), do: Agent.get(b, &(&1 |> Map.values() |> Enum.sum()))
  def balances(b), do: Agent.get(b, &Enum.sort/1)
end
{:ok, b} = Bank.start()
for {who, amt} <- [a: 1000, b: 1000, c: 1000], do: Bank.open(b, who, amt)
me = self()
pairs = [{:a, :b}, {:b, :c}, {:c, :a}, {:a, :c}]
for i <- 1..200 do
  {from, to} = Enum.at(pairs, rem(i, 4))
  spawn(fn -> send(me, {:done, Bank.transfer(b, from, to, rem(i, 7) * 10)}) end)
end
outcomes = for _ <- 1..200, do: (receive do {:done, r} -> r end)
IO.inspect(Enum.frequencies(outcomes) |> Map.keys() |> Enum.sort())
IO.inspect(Bank.total(b))
IO.inspect(Bank.transfer(b, :a, :zed, 1))
IO.inspect(Bank.transfer(b, :a, :b, 1_000_000))
IO.inspect(Bank.balances(b) |> Enum.map(&elem(&1, 0)))

# CHECK: [:ok, {:error, :insufficient}]
# CHECK-NEXT: 3000
# CHECK-NEXT: {:error, :no_account}
# CHECK-NEXT: {:error, :insufficient}
# CHECK-NEXT: [:a, :b, :c]
