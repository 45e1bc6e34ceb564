# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Registry with unique and duplicate keys, dispatch, match, meta, entries dropped on exit, via names.
{:ok, pid} = Registry.start_link(keys: :unique, name: MyReg)
IO.inspect is_pid(pid)
IO.inspect Registry.register(MyReg, "a", :va) |> elem(0)
IO.inspect Registry.register(MyReg, "a", :vb) |> elem(1) |> elem(0)
IO.inspect Registry.lookup(MyReg, "a") == [{self(), :va}]
IO.inspect Registry.keys(MyReg, self())
IO.inspect Registry.count(MyReg)
IO.inspect Registry.update_value(MyReg, "a", &{&1, 1})
IO.inspect Registry.lookup(MyReg, "a") |> Enum.map(&elem(&1, 1))
IO.inspect Registry.unregister(MyReg, "a")
IO.inspect Registry.lookup(MyReg, "a")
IO.inspect Registry.update_value(MyReg, "zz", & &1)
{:ok, _} = Registry.start_link(keys: :duplicate, name: Dup)
IO.inspect Registry.register(Dup, :topic, 1) |> elem(0)
IO.inspect Registry.register(Dup, :topic, 2) |> elem(0)
IO.inspect Registry.lookup(Dup, :topic) |> Enum.map(&elem(&1, 1))
IO.inspect Registry.values(Dup, :topic, self())
IO.inspect Registry.dispatch(Dup, :topic, fn entries -> for {_, v} <- entries, do: IO.inspect(v) end)
IO.inspect Registry.match(Dup, :topic, 2) |> Enum.map(&elem(&1, 1))
IO.inspect Registry.count_match(Dup, :topic, :_)
IO.inspect Registry.unregister_match(Dup, :topic, 1)
IO.inspect Registry.lookup(Dup, :topic) |> Enum.map(&elem(&1, 1))
parent = self()
p = spawn(fn -> Registry.register(MyReg, "tmp", nil); send(parent, :ok); receive do :stop -> :ok end end)
receive do :ok -> :ok end
IO.inspect Registry.lookup(MyReg, "tmp") |> Enum.map(&elem(&1, 0)) == [p]
send(p, :stop)
Process.sleep(50)
IO.inspect Registry.lookup(MyReg, "tmp")
IO.inspect Registry.whereis_name({MyReg, "nope"})
q = spawn(fn -> IO.inspect(Registry.register_name({MyReg, "q"}, self())); IO.inspect(Registry.register_name({MyReg, "q"}, self())); send(parent, :reg); receive do {:hello, from} -> send(from, :hi) end; Process.sleep(:infinity) end)
receive do :reg -> :ok end
IO.inspect Registry.whereis_name({MyReg, "q"}) == q
Registry.send({MyReg, "q"}, {:hello, self()})
receive do :hi -> IO.puts("got hi") end
IO.inspect Registry.unregister_name({MyReg, "q"})
IO.inspect Registry.meta(MyReg, :nope)
IO.inspect Registry.put_meta(MyReg, :k, 1)
IO.inspect Registry.meta(MyReg, :k)
IO.inspect Registry.count(Dup)
IO.inspect Registry.child_spec(keys: :unique, name: X)
{:ok, _} = Agent.start_link(fn -> 1 end, name: {:via, Registry, {MyReg, "agent"}})
IO.inspect Agent.get({:via, Registry, {MyReg, "agent"}}, & &1)
IO.inspect length(Registry.lookup(MyReg, "agent"))
# CHECK: true
# CHECK-NEXT: :ok
# CHECK-NEXT: :already_registered
# CHECK-NEXT: true
# CHECK-NEXT: ["a"]
# CHECK-NEXT: 1
# CHECK-NEXT: {{\{\{}}:va, 1}, :va}
# CHECK-NEXT: [va: 1]
# CHECK-NEXT: :ok
# CHECK-NEXT: []
# CHECK-NEXT: :error
# CHECK-NEXT: :ok
# CHECK-NEXT: :ok
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: 1
# CHECK-NEXT: 2
# CHECK-NEXT: :ok
# CHECK-NEXT: [2]
# CHECK-NEXT: 2
# CHECK-NEXT: :ok
# CHECK-NEXT: [2]
# CHECK-NEXT: true
# CHECK-NEXT: []
# CHECK-NEXT: :undefined
# CHECK-NEXT: :yes
# CHECK-NEXT: :no
# CHECK-NEXT: true
# CHECK-NEXT: got hi
# CHECK-NEXT: :ok
# CHECK-NEXT: :error
# CHECK-NEXT: :ok
# CHECK-NEXT: {:ok, 1}
# CHECK-NEXT: 1
# CHECK-NEXT: %{
# CHECK-NEXT:   id: X,
# CHECK-NEXT:   start: {Registry, :start_link, {{\[\[}}keys: :unique, name: X]]},
# CHECK-NEXT:   type: :supervisor
# CHECK-NEXT: }
# CHECK-NEXT: 1
# CHECK-NEXT: 1
