# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: FileCheck --match-full-lines --input-file %t.out %s
defmodule BankError do
  defexception [:account, :amount]
  def message(e), do: "insufficient funds in #{e.account} for #{e.amount}"
end
defmodule Bank do
  def withdraw(balances, acct, amt) do
    case Map.fetch(balances, acct) do
      {:ok, bal} when bal >= amt -> Map.put(balances, acct, bal - amt)
      {:ok, _} -> raise BankError, account: acct, amount: amt
      :error -> raise KeyError, key: acct, term: balances
    end
  end
end
b = %{"alice" => 100, "bob" => 20}
b = Bank.withdraw(b, "alice", 30)
IO.inspect(b)
b = try do
  Bank.withdraw(b, "carol", 1)
rescue
  e in KeyError -> IO.puts("rescued: " <> Exception.message(e)); b
end
IO.puts("withdrawing too much")
Bank.withdraw(b, "bob", 50)

# CHECK: %{"alice" => 70, "bob" => 20}
# CHECK-NEXT: rescued: key "carol" not found in: %{"alice" => 70, "bob" => 20}
# CHECK-NEXT: withdrawing too much
