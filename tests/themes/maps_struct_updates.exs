# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Account do
  defstruct id: nil, owner: "", balance: 0, history: [], flags: nil
  def new(id, owner), do: %Account{id: id, owner: owner, flags: MapSet.new()}
  def deposit(%Account{} = a, amt) when amt > 0,
    do: %{a | balance: a.balance + amt, history: [{:dep, amt} | a.history]}
  def withdraw(%Account{balance: b} = a, amt) when amt <= b,
    do: {:ok, %{a | balance: b - amt, history: [{:wd, amt} | a.history]}}
  def withdraw(%Account{}, _), do: {:error, :insufficient}
  def flag(%Account{flags: f} = a, flag), do: %Account{a | flags: MapSet.put(f, flag)}
end
defmodule Demo do
  def run do
    a = Account.new(1, "ann") |> Account.deposit(100) |> Account.deposit(50)
    IO.inspect(a)
    {:ok, a} = Account.withdraw(a, 30)
    IO.inspect(a.balance)
    IO.inspect(Account.withdraw(a, 1000))
    a = Account.flag(a, :vip) |> Account.flag(:audited) |> Account.flag(:vip)
    IO.inspect(a.flags)
    IO.inspect(MapSet.member?(a.flags, :vip))
    IO.inspect(Enum.reverse(a.history))
    IO.inspect(Map.keys(a))
    IO.inspect(Map.take(a, [:id, :owner]))
    IO.inspect(Map.put(a, :balance, 0).balance)
    b = %{a | owner: "bob"}
    IO.inspect({a.owner, b.owner})
    IO.inspect(a == %{b | owner: "ann"})
    accounts = for {id, owner} <- [{2, "cy"}, {3, "di"}, {4, "ed"}], into: %{}, do: {id, Account.new(id, owner)}
    accounts = Map.update!(accounts, 3, &Account.deposit(&1, 10))
    IO.inspect(accounts |> Map.values() |> Enum.map(&{&1.owner, &1.balance}))
    accounts = update_in(accounts[2].balance, &(&1 + 5))
    IO.inspect(accounts[2].balance)
    accounts = put_in(accounts[4].owner, "eddie")
    IO.inspect(accounts[4])
    IO.inspect(get_in(accounts, [3, Access.key(:balance)]))
    IO.inspect(accounts |> Enum.filter(fn {_, a} -> a.balance > 0 end) |> Enum.map(&elem(&1, 0)))
    try do
      %{a | nonexistent: 1}
    rescue
      e in KeyError -> IO.puts("KeyError: " <> Exception.message(e))
    end
    try do
      a.nonexistent
    rescue
      e in KeyError -> IO.puts("KeyError: " <> Exception.message(e))
    end
    case a do
      %Account{owner: "ann", balance: bal} when bal > 100 -> IO.puts("rich ann #{bal}")
      %Account{} -> IO.puts("other account")
    end
    IO.inspect(match?(%Account{}, a))
    IO.inspect(match?(%Account{}, %{id: 1}))
    IO.inspect(is_map(a))
  end
end
Demo.run()

# CHECK: %Account{
# CHECK-NEXT:   id: 1,
# CHECK-NEXT:   owner: "ann",
# CHECK-NEXT:   balance: 150,
# CHECK-NEXT:   history: [dep: 50, dep: 100],
# CHECK-NEXT:   flags: MapSet.new([])
# CHECK-NEXT: }
# CHECK-NEXT: 120
# CHECK-NEXT: {:error, :insufficient}
# CHECK-NEXT: MapSet.new([:audited, :vip])
# CHECK-NEXT: true
# CHECK-NEXT: [dep: 100, dep: 50, wd: 30]
# CHECK-NEXT: [:__struct__, :balance, :flags, :history, :id, :owner]
# CHECK-NEXT: %{id: 1, owner: "ann"}
# CHECK-NEXT: 0
# CHECK-NEXT: {"ann", "bob"}
# CHECK-NEXT: true
# CHECK-NEXT: [{"cy", 0}, {"di", 10}, {"ed", 0}]
# CHECK-NEXT: 5
# CHECK-NEXT: %Account{id: 4, owner: "eddie", balance: 0, history: [], flags: MapSet.new([])}
# CHECK-NEXT: 10
# CHECK-NEXT: [2, 3]
# CHECK-NEXT: KeyError: key :nonexistent not found
# CHECK-NEXT: KeyError: key :nonexistent not found in: %Account{id: 1, owner: "ann", balance: 120, history: [wd: 30, dep: 50, dep: 100], flags: MapSet.new([:audited, :vip])}
# CHECK-NEXT: rich ann 120
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
