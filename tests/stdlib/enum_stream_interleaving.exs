# RUN: %athanor run %s | FileCheck %s
# Enum functions that take a function call it while a stream runs, element by element, as
# Elixir (which reduces over the stream) does: the stream's side effects and the function's
# interleave. A consumer that raises closes the stream (Stream.resource's after-function runs).
s = fn -> Stream.map(1..3, fn x -> IO.write("s#{x} "); x end) end
t = fn label, f -> IO.write(label <> ": "); r = f.(); IO.puts("=> #{inspect r}") end
t.("each", fn -> Enum.each(s.(), &IO.write("e#{&1} ")) end)
t.("map", fn -> Enum.map(s.(), &(IO.write("m#{&1} ") && &1)) end)
t.("filter", fn -> Enum.filter(s.(), &(IO.write("f#{&1} ") && &1 > 1)) end)
t.("reject", fn -> Enum.reject(s.(), &(IO.write("r#{&1} ") && &1 > 1)) end)
t.("flat_map", fn -> Enum.flat_map(s.(), &(IO.write("fm#{&1} ") && [&1])) end)
t.("count", fn -> Enum.count(s.(), &(IO.write("c#{&1} ") && true)) end)
t.("map_reduce", fn -> Enum.map_reduce(s.(), 0, &(IO.write("mr#{&1} ") && {&1, &1 + &2})) end)
t.("scan", fn -> Enum.scan(s.(), &(IO.write("sc#{&1} ") && &1 + &2)) end)
t.("find", fn -> Enum.find(s.(), &(IO.write("fi#{&1} ") && &1 == 2)) end)
t.("find_value", fn -> Enum.find_value(s.(), &(IO.write("fv#{&1} ") && &1 == 2 && &1)) end)
t.("find_index", fn -> Enum.find_index(s.(), &(IO.write("fx#{&1} ") && &1 == 2)) end)
t.("any", fn -> Enum.any?(s.(), &(IO.write("a#{&1} ") && &1 == 2)) end)
t.("all", fn -> Enum.all?(s.(), &(IO.write("al#{&1} ") && &1 < 2)) end)
t.("take_while", fn -> Enum.take_while(s.(), &(IO.write("tw#{&1} ") && &1 < 2)) end)
t.("drop_while", fn -> Enum.drop_while(s.(), &(IO.write("dw#{&1} ") && &1 < 2)) end)
t.("split_with", fn -> Enum.split_with(s.(), &(IO.write("sw#{&1} ") && &1 < 2)) end)
t.("group_by", fn -> Enum.group_by(s.(), &(IO.write("g#{&1} ") && rem(&1, 2))) end)
t.("uniq_by", fn -> Enum.uniq_by(s.(), &(IO.write("u#{&1} ") && &1)) end)
t.("with_index", fn -> Enum.with_index(s.(), fn x, i -> IO.write("wi#{x} "); {x, i} end) end)
t.("into", fn -> Enum.into(s.(), [], &(IO.write("in#{&1} ") && &1)) end)
t.("reduce", fn -> Enum.reduce(s.(), 0, &(IO.write("rd#{&1} ") && &1 + &2)) end)
t.("reduce_while", fn -> Enum.reduce_while(s.(), 0, &(IO.write("rw#{&1} ") && {:cont, &1 + &2})) end)
t.("sum", fn -> Enum.sum(s.()) end)
t.("take", fn -> Enum.take(s.(), 2) end)
t.("map_join", fn -> Enum.map_join(s.(), ",", &(IO.write("mj#{&1} ") && &1)) end)
t.("min_by", fn -> Enum.min_by(s.(), &(IO.write("mb#{&1} ") && &1)) end)
t.("max_by", fn -> Enum.max_by(s.(), &(IO.write("xb#{&1} ") && &1)) end)
t.("sort_by", fn -> Enum.sort_by(s.(), &(IO.write("sb#{&1} ") && &1)) end)
t.("frequencies_by", fn -> Enum.frequencies_by(s.(), &(IO.write("fb#{&1} ") && &1)) end)
t.("each_with_index", fn -> Stream.with_index(s.()) |> Enum.each(fn {x, i} -> IO.write("ewi#{x}#{i} ") end) end)
t.("for", fn -> for x <- s.(), do: IO.write("for#{x} ") end)
t.("for_into", fn -> for x <- s.(), into: [], do: (IO.write("fi#{x} "); x) end)
t.("chunk_every", fn -> Enum.chunk_every(s.(), 2) end)
t.("zip", fn -> Enum.zip(s.(), [:a, :b]) end)
t.("stream_run", fn -> Stream.each(s.(), &IO.write("se#{&1} ")) |> Stream.run() end)
t.("map_intersperse", fn -> Enum.map_intersperse(s.(), 0, &(IO.write("mi#{&1} ") && &1)) end)
t.("flat_map_reduce", fn -> Enum.flat_map_reduce(s.(), 0, &(IO.write("fr#{&1} ") && {[&1], &2 + 1})) end)
t.("dedup_by", fn -> Enum.dedup_by(s.(), &(IO.write("db#{&1} ") && &1)) end)
t.("chunk_by", fn -> Enum.chunk_by(s.(), &(IO.write("cb#{&1} ") && &1)) end)
t.("each_into_map", fn -> Map.new(s.(), &(IO.write("mn#{&1} ") && {&1, &1})) end)
t.("MapSet.new", fn -> MapSet.new(s.(), &(IO.write("ms#{&1} ") && &1)) end)
t.("reduce2", fn -> Enum.reduce(s.(), &(IO.write("r2#{&1} ") && &1 + &2)) end)
t.("split_while", fn -> Enum.split_while(s.(), &(IO.write("sp#{&1} ") && &1 < 2)) end)
t.("min_max_by", fn -> Enum.min_max_by(s.(), &(IO.write("mm#{&1} ") && &1)) end)
t.("empty min_by", fn -> Enum.min_by(Stream.map([], & &1), & &1, fn -> :empty end) end)
t.("reduce2 empty", fn -> try do Enum.reduce(Stream.map([], & &1), & &1) rescue e -> e.__struct__ end end)
t.("scan2 empty", fn -> Enum.scan(Stream.map([], & &1), &(&1 + &2)) end)
t.("chunk_by2", fn -> Enum.chunk_by(Stream.map([1, 1, 2, 3, 3], & &1), &rem(&1, 2)) end)
t.("dedup_by2", fn -> Enum.dedup_by(Stream.map([1, 1, 2, 3, 3], & &1), & &1) end)
t.("sort_by desc", fn -> Enum.sort_by(s.(), & &1, :desc) end)
t.("sort_by fn", fn -> Enum.sort_by(s.(), & &1, &>=/2) end)
t.("max_by", fn -> Enum.max_by(Stream.map([3, 9, 1], & &1), & &1) end)
t.("into map transform", fn -> Enum.into(s.(), %{}, &(IO.write("it#{&1} ") && {&1, &1})) end)
s = Stream.resource(fn -> 1 end, fn n -> {[n], n + 1} end, fn _ -> IO.puts("after ran") end)
r = try do Enum.each(s, fn 3 -> raise "stop"; x -> IO.puts(x) end) rescue e -> e.message end
IO.inspect(r)
r = try do Enum.map(s, fn 2 -> throw(:t); x -> x end) catch :throw, t -> t end
IO.inspect(r)
r = try do Enum.reduce_while(s, 0, fn 2, _ -> exit(:e); x, a -> {:cont, a + x} end) catch :exit, e -> e end
IO.inspect(r)

# CHECK: each: s1 e1 s2 e2 s3 e3 => :ok
# CHECK-NEXT: map: s1 m1 s2 m2 s3 m3 => [1, 2, 3]
# CHECK-NEXT: filter: s1 f1 s2 f2 s3 f3 => [2, 3]
# CHECK-NEXT: reject: s1 r1 s2 r2 s3 r3 => [1]
# CHECK-NEXT: flat_map: s1 fm1 s2 fm2 s3 fm3 => [1, 2, 3]
# CHECK-NEXT: count: s1 c1 s2 c2 s3 c3 => 3
# CHECK-NEXT: map_reduce: s1 mr1 s2 mr2 s3 mr3 => {[1, 2, 3], 6}
# CHECK-NEXT: scan: s1 s2 sc2 s3 sc3 => [1, 3, 6]
# CHECK-NEXT: find: s1 fi1 s2 fi2 => 2
# CHECK-NEXT: find_value: s1 fv1 s2 fv2 => 2
# CHECK-NEXT: find_index: s1 fx1 s2 fx2 => 1
# CHECK-NEXT: any: s1 a1 s2 a2 => true
# CHECK-NEXT: all: s1 al1 s2 al2 => false
# CHECK-NEXT: take_while: s1 tw1 s2 tw2 => [1]
# CHECK-NEXT: drop_while: s1 dw1 s2 dw2 s3 => [2, 3]
# CHECK-NEXT: split_with: s1 sw1 s2 sw2 s3 sw3 => {[1], [2, 3]}
# CHECK-NEXT: group_by: s1 s2 s3 g3 g2 g1 => %{0 => [2], 1 => [1, 3]}
# CHECK-NEXT: uniq_by: s1 u1 s2 u2 s3 u3 => [1, 2, 3]
# CHECK-NEXT: with_index: s1 wi1 s2 wi2 s3 wi3 => [{1, 0}, {2, 1}, {3, 2}]
# CHECK-NEXT: into: s1 in1 s2 in2 s3 in3 => [1, 2, 3]
# CHECK-NEXT: reduce: s1 rd1 s2 rd2 s3 rd3 => 6
# CHECK-NEXT: reduce_while: s1 rw1 s2 rw2 s3 rw3 => 6
# CHECK-NEXT: sum: s1 s2 s3 => 6
# CHECK-NEXT: take: s1 s2 => [1, 2]
# CHECK-NEXT: map_join: s1 mj1 s2 mj2 s3 mj3 => "1,2,3"
# CHECK-NEXT: min_by: s1 mb1 s2 mb2 s3 mb3 => 1
# CHECK-NEXT: max_by: s1 xb1 s2 xb2 s3 xb3 => 3
# CHECK-NEXT: sort_by: s1 sb1 s2 sb2 s3 sb3 => [1, 2, 3]
# CHECK-NEXT: frequencies_by: s1 fb1 s2 fb2 s3 fb3 => %{1 => 1, 2 => 1, 3 => 1}
# CHECK-NEXT: each_with_index: s1 ewi10 s2 ewi21 s3 ewi32 => :ok
# CHECK-NEXT: for: s1 for1 s2 for2 s3 for3 => [:ok, :ok, :ok]
# CHECK-NEXT: for_into: s1 fi1 s2 fi2 s3 fi3 => [1, 2, 3]
# CHECK-NEXT: chunk_every: s1 s2 s3 => {{\[\[}}1, 2], [3]]
# CHECK-NEXT: zip: s1 s2 s3 => [{1, :a}, {2, :b}]
# CHECK-NEXT: stream_run: s1 se1 s2 se2 s3 se3 => :ok
# CHECK-NEXT: map_intersperse: s1 mi1 s2 mi2 s3 mi3 => [1, 0, 2, 0, 3]
# CHECK-NEXT: flat_map_reduce: s1 fr1 s2 fr2 s3 fr3 => {[1, 2, 3], 3}
# CHECK-NEXT: dedup_by: s1 db1 s2 db2 s3 db3 => [1, 2, 3]
# CHECK-NEXT: chunk_by: s1 cb1 s2 cb2 s3 cb3 => {{\[\[}}1], [2], [3]]
# CHECK-NEXT: each_into_map: s1 mn1 s2 mn2 s3 mn3 => %{1 => 1, 2 => 2, 3 => 3}
# CHECK-NEXT: MapSet.new: s1 ms1 s2 ms2 s3 ms3 => MapSet.new([1, 2, 3])
# CHECK-NEXT: reduce2: s1 s2 r22 s3 r23 => 6
# CHECK-NEXT: split_while: s1 sp1 s2 sp2 s3 => {[1], [2, 3]}
# CHECK-NEXT: min_max_by: s1 mm1 s2 mm2 s3 mm3 => {1, 3}
# CHECK-NEXT: empty min_by: => :empty
# CHECK-NEXT: reduce2 empty: => Enum.EmptyError
# CHECK-NEXT: scan2 empty: => []
# CHECK-NEXT: chunk_by2: => {{\[\[}}1, 1], [2], [3, 3]]
# CHECK-NEXT: dedup_by2: => [1, 2, 3]
# CHECK-NEXT: sort_by desc: s1 s2 s3 => [3, 2, 1]
# CHECK-NEXT: sort_by fn: s1 s2 s3 => [3, 2, 1]
# CHECK-NEXT: max_by: => 9
# CHECK-NEXT: into map transform: s1 it1 s2 it2 s3 it3 => %{1 => 1, 2 => 2, 3 => 3}
# CHECK-NEXT: 1
# CHECK-NEXT: 2
# CHECK-NEXT: after ran
# CHECK-NEXT: "stop"
# CHECK-NEXT: after ran
# CHECK-NEXT: :t
# CHECK-NEXT: after ran
# CHECK-NEXT: :e
