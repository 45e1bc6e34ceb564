# RUN: %athanor run %s | FileCheck --match-full-lines %s
me = self()
big_list = Enum.to_list(1..200_000)
big_map = Map.new(1..20_000, &{&1, Integer.to_string(&1)})
big_bin = String.duplicate("abcdefghij", 100_000)
nested = Enum.map(1..1000, fn i -> %{id: i, tags: [:a, :b], data: {i, "x#{i}"}} end)
echo = spawn(fn ->
  loop = fn loop ->
    receive do
      {:echo, from, payload} -> send(from, {:echoed, payload}); loop.(loop)
      :stop -> :ok
    end
  end
  loop.(loop)
end)
for {label, payload} <- [list: big_list, map: big_map, bin: big_bin, nested: nested] do
  send(echo, {:echo, me, payload})
  receive do
    {:echoed, back} ->
      IO.puts("#{label}: equal=#{back == payload}")
  end
end
summer = spawn(fn ->
  receive do
    {:sum, from, l} -> send(from, {:sum, Enum.sum(l)})
  end
end)
send(summer, {:sum, me, big_list})
receive do {:sum, s} -> IO.inspect(s) end
results = for i <- 1..20 do
  spawn(fn -> send(me, {:chunk, i, Enum.map(1..5000, &(&1 * i))}) end)
end
total = Enum.reduce(1..20, 0, fn _, acc -> receive do {:chunk, _, l} -> acc + length(l) end end)
IO.inspect({length(results), total})
send(echo, :stop)
IO.inspect(byte_size(big_bin))
IO.inspect(map_size(big_map))

# CHECK: list: equal=true
# CHECK-NEXT: map: equal=true
# CHECK-NEXT: bin: equal=true
# CHECK-NEXT: nested: equal=true
# CHECK-NEXT: 20000100000
# CHECK-NEXT: {20, 100000}
# CHECK-NEXT: 1000000
# CHECK-NEXT: 20000
