# RUN: %athanor run %s | FileCheck %s
# Registry.select/2 and count_select/2 run a match specification over {key, pid, value}.
defmodule Main do
  def run do
    {:ok, _} = Registry.start_link(keys: :unique, name: Reg)
    {:ok, _} = Registry.start_link(keys: :duplicate, name: Dup)
    parent = self()

    for {name, n} <- [{"a", 1}, {"b", 2}, {"c", 3}] do
      spawn(fn ->
        {:ok, _} = Registry.register(Reg, name, n)
        send(parent, :registered)
        Process.sleep(:infinity)
      end)
    end

    for _ <- 1..3, do: (receive do :registered -> :ok end)
    {:ok, _} = Registry.register(Reg, "me", :main)
    {:ok, _} = Registry.register(Dup, :topic, 10)
    {:ok, _} = Registry.register(Dup, :topic, 20)

    IO.inspect(Registry.select(Reg, [{{:"$1", :_, :"$3"}, [], [{{:"$1", :"$3"}}]}]) |> Enum.sort())
    IO.inspect(Registry.select(Reg, [{{:"$1", :_, :"$2"}, [{:>, :"$2", 1}, {:is_integer, :"$2"}], [:"$1"]}]) |> Enum.sort())
    IO.inspect(Registry.select(Reg, [{{"me", :"$1", :_}, [], [:"$1"]}]) == [self()])
    IO.inspect(Registry.count_select(Reg, [{{:_, :_, :"$1"}, [{:is_integer, :"$1"}], [true]}]))
    IO.inspect(Registry.select(Dup, [{{:topic, :_, :"$1"}, [], [:"$1"]}]) |> Enum.sort())
    IO.inspect(Registry.count_select(Dup, [{{:_, :_, :_}, [], [true]}]))
    IO.inspect(Registry.select(Reg, [{{:nope, :_, :_}, [], [true]}]))
  end
end

Main.run()

# CHECK: [{"a", 1}, {"b", 2}, {"c", 3}, {"me", :main}]
# CHECK-NEXT: ["b", "c"]
# CHECK-NEXT: true
# CHECK-NEXT: 3
# CHECK-NEXT: [10, 20]
# CHECK-NEXT: 2
# CHECK-NEXT: []
