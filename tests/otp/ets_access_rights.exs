# RUN: %athanor run %s | FileCheck %s
# :ets access rights: another process may read a :protected table but not write it, may
# not touch a :private one at all (info/2 still works), and may do anything to a :public
# one; the owner may do everything. The error is ArgumentError with the BIF's message.
defmodule Main do
  def try_op(label, f) do
    r =
      try do
        f.()
      rescue
        e in ArgumentError -> {:error, String.contains?(e.message, "insufficient access rights")}
      end

    IO.puts("#{label}: #{inspect(r)}")
  end

  def run do
    :ets.new(:prot, [:set, :named_table])
    priv = :ets.new(:priv, [:private])
    :ets.new(:pub, [:named_table, :public])
    :ets.insert(:prot, {:a, 1})
    :ets.insert(priv, {:a, 1})
    parent = self()

    spawn(fn ->
      try_op("protected insert", fn -> :ets.insert(:prot, {:b, 2}) end)
      try_op("protected lookup", fn -> :ets.lookup(:prot, :a) end)
      try_op("protected delete key", fn -> :ets.delete(:prot, :a) end)
      try_op("protected update_counter", fn -> :ets.update_counter(:prot, :a, 1) end)
      try_op("protected delete table", fn -> :ets.delete(:prot) end)
      try_op("protected select", fn -> :ets.select(:prot, [{{:"$1", :_}, [], [:"$1"]}]) end)
      try_op("private lookup", fn -> :ets.lookup(priv, :a) end)
      try_op("private member", fn -> :ets.member(priv, :a) end)
      try_op("private tab2list", fn -> :ets.tab2list(priv) end)
      try_op("private info size", fn -> :ets.info(priv, :size) end)
      try_op("public insert", fn -> :ets.insert(:pub, {:k, :v}) end)
      try_op("public lookup", fn -> :ets.lookup(:pub, :k) end)
      send(parent, :done)
    end)

    receive do
      :done -> :ok
    end

    try_op("owner insert", fn -> :ets.insert(:prot, {:b, 2}) end)
    try_op("owner private lookup", fn -> :ets.lookup(priv, :a) end)
    IO.inspect(:ets.tab2list(:prot) |> Enum.sort())
  end
end

Main.run()

# CHECK: protected insert: {:error, true}
# CHECK-NEXT: protected lookup: [a: 1]
# CHECK-NEXT: protected delete key: {:error, true}
# CHECK-NEXT: protected update_counter: {:error, true}
# CHECK-NEXT: protected delete table: {:error, true}
# CHECK-NEXT: protected select: [:a]
# CHECK-NEXT: private lookup: {:error, true}
# CHECK-NEXT: private member: {:error, true}
# CHECK-NEXT: private tab2list: {:error, true}
# CHECK-NEXT: private info size: 1
# CHECK-NEXT: public insert: true
# CHECK-NEXT: public lookup: [k: :v]
# CHECK-NEXT: owner insert: true
# CHECK-NEXT: owner private lookup: [a: 1]
# CHECK-NEXT: [a: 1, b: 2]
