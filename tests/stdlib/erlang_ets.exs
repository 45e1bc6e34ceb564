# RUN: %athanor run %s | FileCheck --match-full-lines %s
# :ets tables (set, ordered_set, bag, duplicate_bag, named, keypos), counters, match specs, owner exit.
defmodule Main do
  def run do
    t = :ets.new(:t, [:set])
    for i <- [3, 1, 2, 10, 5], do: :ets.insert(t, {i, i * i})
    IO.inspect :ets.lookup(t, 10)
    IO.inspect length(:ets.tab2list(t))
    IO.inspect :ets.new(:named, [:named_table, :public])
    IO.inspect :ets.insert(:named, [{:a, 1}, {:b, 2}])
    IO.inspect :ets.lookup(:named, :a)
    IO.inspect :ets.lookup(:named, :zz)
    IO.inspect :ets.insert_new(:named, {:a, 5})
    IO.inspect :ets.update_counter(:named, :a, 10)
    IO.inspect :ets.update_counter(:named, :c, {2, 1}, {:c, 0})
    IO.inspect :ets.member(:named, :b)
    IO.inspect :ets.info(:named, :size)
    IO.inspect :ets.delete(:named, :b)
    IO.inspect :ets.lookup_element(:named, :a, 2)
    IO.inspect Enum.sort(:ets.match(:named, {:"$1", :"$2"}))
    IO.inspect :ets.match_object(:named, {:_, 11})
    IO.inspect :ets.select(:named, [{{:"$1", :"$2"}, [{:>, :"$2", 5}], [:"$1"]}])
    IO.inspect Enum.sort(:ets.foldl(fn {k, v}, acc -> [{k, v} | acc] end, [], :named))
    b = :ets.new(:b, [:bag])
    :ets.insert(b, {:k, 1}); :ets.insert(b, {:k, 2}); :ets.insert(b, {:k, 1})
    IO.inspect :ets.lookup(b, :k)
    IO.inspect :ets.delete_object(b, {:k, 1})
    IO.inspect :ets.lookup(b, :k)
    d = :ets.new(:d, [:duplicate_bag])
    :ets.insert(d, [{:k, 1}, {:k, 1}])
    IO.inspect :ets.lookup(d, :k)
    IO.inspect :ets.delete(:named)
    IO.inspect (try do :ets.lookup(:named, :a) rescue e -> Exception.message(e) end)
    IO.inspect :ets.whereis(:named)
    :ets.new(:dup, [:named_table])
    IO.inspect (try do :ets.new(:dup, [:named_table]) rescue e -> Exception.message(e) end)
    IO.inspect (try do :ets.insert(:dup, :notatuple) rescue e -> Exception.message(e) end)
    IO.inspect (try do :ets.update_counter(:dup, :nokey, 1) rescue e -> Exception.message(e) end)
    IO.inspect (try do :ets.lookup_element(:dup, :nokey, 2) rescue e -> Exception.message(e) end)
    :ets.insert(:dup, [{1, :a}, {2, :b}, {3, :c}])
    IO.inspect :ets.take(:dup, 2); IO.inspect :ets.lookup(:dup, 2)
    IO.inspect :ets.select_count(:dup, [{{:"$1", :_}, [{:>, :"$1", 1}], [true]}])
    IO.inspect :ets.select_delete(:dup, [{{:"$1", :_}, [{:>, :"$1", 2}], [true]}])
    IO.inspect :ets.tab2list(:dup)
    IO.inspect :ets.update_element(:dup, 1, {2, :z})
    IO.inspect :ets.lookup(:dup, 1)
    IO.inspect :ets.info(:dup, :type); IO.inspect :ets.info(:dup, :named_table); IO.inspect :ets.info(:dup, :keypos)
    IO.inspect :ets.delete_all_objects(:dup); IO.inspect :ets.info(:dup, :size)
    IO.inspect :ets.info(:nonexistent_tab, :size)
    IO.inspect :ets.select(:dup, [{:_, [], [:"$_"]}])
    o = :ets.new(:o, [:ordered_set])
    :ets.insert(o, [{3, :c}, {1, :a}, {2, :b}])
    IO.inspect :ets.tab2list(o)
    IO.inspect :ets.first(o); IO.inspect :ets.next(o, 1); IO.inspect :ets.next(o, 3); IO.inspect :ets.last(o); IO.inspect :ets.prev(o, 2)
    IO.inspect :ets.select(o, [{{:"$1", :"$2"}, [], [{{:"$2", :"$1"}}]}])
    IO.inspect :ets.select(o, [{{:"$1", :"$2"}, [{:andalso, {:>=, :"$1", 2}, {:"=/=", :"$2", :c}}], [:"$$"]}])
    IO.inspect :ets.match(o, {:"$2", :"$1"})
    IO.inspect :ets.match(o, {:_, :"$1"})
    k = :ets.new(:k, [{:keypos, 2}])
    :ets.insert(k, {:rec, :key1, 10})
    IO.inspect :ets.lookup(k, :key1)
    IO.inspect :ets.update_counter(k, :key1, {3, 5})
    IO.inspect :ets.update_counter(k, :key1, [{3, 1}, {3, 100, 50, 0}])
    parent = self()
    pid = spawn(fn -> :ets.new(:owned, [:named_table, :public]); send(parent, :made); receive do :stop -> :ok end end)
    receive do :made -> :ok end
    IO.inspect :ets.insert(:owned, {1, 2})
    send(pid, :stop)
    Process.sleep(50)
    IO.inspect :ets.whereis(:owned)
  end
end
Main.run()
# CHECK: [{10, 100}]
# CHECK-NEXT: 5
# CHECK-NEXT: :named
# CHECK-NEXT: true
# CHECK-NEXT: [a: 1]
# CHECK-NEXT: []
# CHECK-NEXT: false
# CHECK-NEXT: 11
# CHECK-NEXT: 1
# CHECK-NEXT: true
# CHECK-NEXT: 3
# CHECK-NEXT: true
# CHECK-NEXT: 11
# CHECK-NEXT: {{\[\[}}:a, 11], [:c, 1]]
# CHECK-NEXT: [a: 11]
# CHECK-NEXT: [:a]
# CHECK-NEXT: [a: 11, c: 1]
# CHECK-NEXT: [k: 1, k: 2]
# CHECK-NEXT: true
# CHECK-NEXT: [k: 2]
# CHECK-NEXT: [k: 1, k: 1]
# CHECK-NEXT: true
# CHECK-NEXT: "errors were found at the given arguments:\n\n  * 1st argument: the table identifier does not refer to an existing ETS table\n"
# CHECK-NEXT: :undefined
# CHECK-NEXT: "errors were found at the given arguments:\n\n  * 1st argument: table name already exists\n"
# CHECK-NEXT: "errors were found at the given arguments:\n\n  * 2nd argument: not a tuple\n"
# CHECK-NEXT: "errors were found at the given arguments:\n\n  * 2nd argument: not a key that exists in the table\n"
# CHECK-NEXT: "errors were found at the given arguments:\n\n  * 2nd argument: not a key that exists in the table\n"
# CHECK-NEXT: [{2, :b}]
# CHECK-NEXT: []
# CHECK-NEXT: 1
# CHECK-NEXT: 1
# CHECK-NEXT: [{1, :a}]
# CHECK-NEXT: true
# CHECK-NEXT: [{1, :z}]
# CHECK-NEXT: :set
# CHECK-NEXT: true
# CHECK-NEXT: 1
# CHECK-NEXT: true
# CHECK-NEXT: 0
# CHECK-NEXT: :undefined
# CHECK-NEXT: []
# CHECK-NEXT: [{1, :a}, {2, :b}, {3, :c}]
# CHECK-NEXT: 1
# CHECK-NEXT: 2
# CHECK-NEXT: :"$end_of_table"
# CHECK-NEXT: 3
# CHECK-NEXT: 1
# CHECK-NEXT: [a: 1, b: 2, c: 3]
# CHECK-NEXT: {{\[\[}}2, :b]]
# CHECK-NEXT: {{\[\[}}:a, 1], [:b, 2], [:c, 3]]
# CHECK-NEXT: {{\[\[}}:a], [:b], [:c]]
# CHECK-NEXT: [{:rec, :key1, 10}]
# CHECK-NEXT: 15
# CHECK-NEXT: [16, 0]
# CHECK-NEXT: true
# CHECK-NEXT: :undefined
