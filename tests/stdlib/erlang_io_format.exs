# RUN: %athanor run %s | FileCheck --match-full-lines %s
# :io.format/fwrite and :io_lib.format: the control sequences and Erlang term syntax of ~w/~p,
# with io_lib_pretty line breaking.
:io.format("~s|~ts|~p|~tp|~w~n", ["héllo", "héllo", "héllo", "héllo", "héllo"])
:io.format("~p ~p ~tp~n", ['héllo', [233, 0x65E5], [0x65E5]])
:io.format("~p~n", [%{a: 1, b: "x", c: [1, 2], d: {:ok, nil}}])
:io.format("~p ~p~n", [1..3, :"hello world"])
:io.format("~s~n", [:atom])
:io.format("hello~n")
:io.format("~p~n", [[a: 1, b: 2]])
IO.inspect :io_lib.format("~.2f", [3.14159]) |> to_string()
IO.inspect :io_lib.format("~5.1f|~-8.3e|~g", [2.25, 1234.5, 0.5]) |> IO.iodata_to_binary()
:io.fwrite("~w~n", [{1, 2.5, "s", 'c', <<1>>}])
:io.format(:standard_io, "dev ~p~n", [1])
:io.format("~p~n", [String.duplicate("abc", 40)])
:io.format("~p~n", [Enum.to_list(1..30) |> Enum.map(&{&1, &1 * &1})])
:io.format("~p~n", [Enum.to_list(1..40)])
:io.format("x: ~p~n", [{:ok, Enum.to_list(1..30)}])
:io.format("~p~n", [%{users: ["alice", "bob"], count: 2, meta: %{created: {2024, 1, 1}, tags: [:a, :b, :c, :d, :e, :f, :g, :h, :i, :j, :k]}}])
:io.format("~p~n", [[{:name, 'alice', 30}, {:name, 'bob', 25}, {:name, 'carol', 35}, {:name, 'dave', 40}, {:name, 'eve', 22}]])
:io.format("~10.4.0B|~-10.3.*B|~n", [5, ?_, 7])
:io.format("~.3s|~5s|~-5s|~5.2s|~2s|~n", ["abcdef", "ab", "ab", "abc", "abc"])
:io.format("~5c|~.2c|~3c|~n", [?x, ?y, ?z])
:io.format("~p ~p~n", [1.0e-10, 123456789012345678901234567890])
:io.format("~e|~.3e|~g|~.2g|~f|~.1f~n", [3.14159, 3.14159, 3.14159, 1234.5, 2.5, 0.05])
:io.format("~e|~g|~g|~g|~g~n", [0.0, 0.0001, 123456.0, 1.0e6, 1.0e-5])
:io.format("~b ~.16b ~.16B ~8.2.0B ~.16x ~.16X ~.16# ~.16+~n", [5, 255, 255, 5, 255, ~c"0x", 255, ~c"0x", 255, 255])
:io.format("~i~w ~*w ~-*w|~n", [:skip, 1, 5, 2, 5, 3])
:io.format("~10.3f|~-10.3f|~010.3f|~.3.0f|~n", [3.14159, 3.14159, 3.14159, 3.14159])
:io.format("[~6w][~-6w][~3w][~10p]~n", [12, 12, 12345, :abc])
:io.format("~p ~p ~p ~p ~p~n", [:A, :"a@b", :"a.b", :_x, :"it's"])
:io.format("~w ~p~n", [[1, 2 | 3], ~c"a\nb\"c"])
:io.format("~p ~p ~p~n", [<<1, 2, 3>>, "a\nb", <<>>])
:io.format("~p~n", [{:error, :enoent, "file not found", [path: "/tmp/x", mode: :read]}])
:io.format("~s: ~b items, ~.2f total~n", ["Order", 3, 59.997])
:io.format("~-10s|~10s|~n", ["left", "right"])
:io.format("~ts~n", [[0x65E5, "本"]])
:io.format("~p~n", [%{{1, 2} => [3], "k" => %{nested: true}}])
:io.format("~p~n", [[[1, 2], [3, 4], []]])
:io.format("~w~n", [%{a: 1}])
:io.format("~~ ~c~n", [?A])
:io.format("~p~n", [-0.0])
:io.format("~.1f ~.2f ~.3f~n", [0.125, 0.125, 2.0005])
big = %{
  config: %{database: %{host: "localhost", port: 5432, pool: 10, options: [ssl: true, timeout: 5000, retries: 3]}, cache: %{ttl: 300}},
  users: Enum.map(1..6, fn i -> %{id: i, name: "user#{i}", email: "user#{i}@example.com", roles: [:admin, :user]} end)
}
:io.format("~p~n", [big])
:io.format("state: ~p~n", [big])
:io.format("~p~n", [{:state, :running, %{count: 5, items: Enum.to_list(1..25)}, [1, 2, 3]}])
:io.format("~p~n", [Enum.map(1..12, &"item number #{&1}")])
:io.format("~p~n", [Enum.map(1..30, &:"atom_#{&1}")])
:io.format("~p~n", [Enum.to_list(1..60) ++ [:x | :improper]])
:io.format("~p~n", [%{"a long key name that takes space" => "and a long value that also takes space", "k2" => [1, 2, 3]}])
:io.format("~p~n", [{{{{Enum.to_list(1..40)}}}}])
:io.format("~40p~n", [Enum.to_list(1..30)])
:io.format("~p~n", [List.duplicate({:ok, "value"}, 10)])
:io.format("~p~n", [:binary.copy(<<200>>, 50)])

# CHECK: hÃ©llo|héllo|<<"hÃ©llo">>|<<"héllo"/utf8>>|<<104,195,169,108,108,111>>
# CHECK-NEXT: "héllo" [233,26085] [26085]
# CHECK-NEXT: #{a => 1,b => <<"x">>,c => [1,2],d => {ok,nil}}
# CHECK-NEXT: #{'__struct__' => 'Elixir.Range',first => 1,last => 3,step => 1} 'hello world'
# CHECK-NEXT: atom
# CHECK-NEXT: hello
# CHECK-NEXT: [{a,1},{b,2}]
# CHECK-NEXT: "3.14"
# CHECK-NEXT: "  2.3|1.23e+3 |0.500000"
# CHECK-NEXT: {1,2.5,<<115>>,[99],<<1>>}
# CHECK-NEXT: dev 1
# CHECK-NEXT: <<"abcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabc">>
# CHECK-NEXT: [{1,1},
# CHECK-NEXT:  {2,4},
# CHECK-NEXT:  {3,9},
# CHECK-NEXT:  {4,16},
# CHECK-NEXT:  {5,25},
# CHECK-NEXT:  {6,36},
# CHECK-NEXT:  {7,49},
# CHECK-NEXT:  {8,64},
# CHECK-NEXT:  {9,81},
# CHECK-NEXT:  {10,100},
# CHECK-NEXT:  {11,121},
# CHECK-NEXT:  {12,144},
# CHECK-NEXT:  {13,169},
# CHECK-NEXT:  {14,196},
# CHECK-NEXT:  {15,225},
# CHECK-NEXT:  {16,256},
# CHECK-NEXT:  {17,289},
# CHECK-NEXT:  {18,324},
# CHECK-NEXT:  {19,361},
# CHECK-NEXT:  {20,400},
# CHECK-NEXT:  {21,441},
# CHECK-NEXT:  {22,484},
# CHECK-NEXT:  {23,529},
# CHECK-NEXT:  {24,576},
# CHECK-NEXT:  {25,625},
# CHECK-NEXT:  {26,676},
# CHECK-NEXT:  {27,729},
# CHECK-NEXT:  {28,784},
# CHECK-NEXT:  {29,841},
# CHECK-NEXT:  {30,900}]
# CHECK-NEXT: [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,
# CHECK-NEXT:  29,30,31,32,33,34,35,36,37,38,39,40]
# CHECK-NEXT: x: {ok,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,
# CHECK-NEXT:         27,28,29,30]}
# CHECK-NEXT: #{count => 2,
# CHECK-NEXT:   meta => #{created => {2024,1,1},tags => [a,b,c,d,e,f,g,h,i,j,k]},
# CHECK-NEXT:   users => [<<"alice">>,<<"bob">>]}
# CHECK-NEXT: [{name,"alice",30},
# CHECK-NEXT:  {name,"bob",25},
# CHECK-NEXT:  {name,"carol",35},
# CHECK-NEXT:  {name,"dave",40},
# CHECK-NEXT:  {name,"eve",22}]
# CHECK-NEXT: 0000000011|21________|
# CHECK-NEXT: abc|   ab|ab   |   ab|ab|
# CHECK-NEXT: xxxxx|yy|zzz|
# CHECK-NEXT: 1.0e-10 123456789012345678901234567890
# CHECK-NEXT: 3.14159e+0|3.14e+0|3.14159|1.2e+3|2.500000|0.1
# CHECK-NEXT: 0.00000e+0|1.00000e-4|1.23456e+5|1.00000e+6|1.00000e-5
# CHECK-NEXT: 5 ff FF 00000101 0xff 0xFF 16#FF 16#ff
# CHECK-NEXT: 1     2 3    |
# CHECK-NEXT:      3.142|3.142     |     3.142|3.142|
# CHECK-NEXT: [    12][12    ][***][abc]
# CHECK-NEXT: 'A' a@b 'a.b' '_x' 'it\'s'
# CHECK-NEXT: [1,2|3] "a\nb\"c"
# CHECK-NEXT: <<1,2,3>> <<"a\nb">> <<>>
# CHECK-NEXT: {error,enoent,<<"file not found">>,[{path,<<"/tmp/x">>},{mode,read}]}
# CHECK-NEXT: Order: 3 items, 60.00 total
# CHECK-NEXT: left      |     right|
# CHECK-NEXT: 日本
# CHECK-NEXT: #{{\{\{}}1,2} => [3],<<"k">> => #{nested => true}}
# CHECK-NEXT: {{\[\[}}1,2],[3,4],[]]
# CHECK-NEXT: #{a => 1}
# CHECK-NEXT: ~ A
# CHECK-NEXT: -0.0
# CHECK-NEXT: 0.1 0.13 2.001
# CHECK-NEXT: #{config =>
# CHECK-NEXT:       #{cache => #{ttl => 300},
# CHECK-NEXT:         database =>
# CHECK-NEXT:             #{host => <<"localhost">>,
# CHECK-NEXT:               options => [{ssl,true},{timeout,5000},{retries,3}],
# CHECK-NEXT:               pool => 10,port => 5432}},
# CHECK-NEXT:   users =>
# CHECK-NEXT:       [#{email => <<"user1@example.com">>,id => 1,name => <<"user1">>,
# CHECK-NEXT:          roles => [admin,user]},
# CHECK-NEXT:        #{email => <<"user2@example.com">>,id => 2,name => <<"user2">>,
# CHECK-NEXT:          roles => [admin,user]},
# CHECK-NEXT:        #{email => <<"user3@example.com">>,id => 3,name => <<"user3">>,
# CHECK-NEXT:          roles => [admin,user]},
# CHECK-NEXT:        #{email => <<"user4@example.com">>,id => 4,name => <<"user4">>,
# CHECK-NEXT:          roles => [admin,user]},
# CHECK-NEXT:        #{email => <<"user5@example.com">>,id => 5,name => <<"user5">>,
# CHECK-NEXT:          roles => [admin,user]},
# CHECK-NEXT:        #{email => <<"user6@example.com">>,id => 6,name => <<"user6">>,
# CHECK-NEXT:          roles => [admin,user]}]}
# CHECK-NEXT: state: #{config =>
# CHECK-NEXT:              #{cache => #{ttl => 300},
# CHECK-NEXT:                database =>
# CHECK-NEXT:                    #{host => <<"localhost">>,
# CHECK-NEXT:                      options => [{ssl,true},{timeout,5000},{retries,3}],
# CHECK-NEXT:                      pool => 10,port => 5432}},
# CHECK-NEXT:          users =>
# CHECK-NEXT:              [#{email => <<"user1@example.com">>,id => 1,name => <<"user1">>,
# CHECK-NEXT:                 roles => [admin,user]},
# CHECK-NEXT:               #{email => <<"user2@example.com">>,id => 2,name => <<"user2">>,
# CHECK-NEXT:                 roles => [admin,user]},
# CHECK-NEXT:               #{email => <<"user3@example.com">>,id => 3,name => <<"user3">>,
# CHECK-NEXT:                 roles => [admin,user]},
# CHECK-NEXT:               #{email => <<"user4@example.com">>,id => 4,name => <<"user4">>,
# CHECK-NEXT:                 roles => [admin,user]},
# CHECK-NEXT:               #{email => <<"user5@example.com">>,id => 5,name => <<"user5">>,
# CHECK-NEXT:                 roles => [admin,user]},
# CHECK-NEXT:               #{email => <<"user6@example.com">>,id => 6,name => <<"user6">>,
# CHECK-NEXT:                 roles => [admin,user]}]}
# CHECK-NEXT: {state,running,
# CHECK-NEXT:        #{count => 5,
# CHECK-NEXT:          items =>
# CHECK-NEXT:              [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,
# CHECK-NEXT:               25]},
# CHECK-NEXT:        [1,2,3]}
# CHECK-NEXT: [<<"item number 1">>,<<"item number 2">>,<<"item number 3">>,
# CHECK-NEXT:  <<"item number 4">>,<<"item number 5">>,<<"item number 6">>,
# CHECK-NEXT:  <<"item number 7">>,<<"item number 8">>,<<"item number 9">>,
# CHECK-NEXT:  <<"item number 10">>,<<"item number 11">>,<<"item number 12">>]
# CHECK-NEXT: [atom_1,atom_2,atom_3,atom_4,atom_5,atom_6,atom_7,atom_8,atom_9,atom_10,
# CHECK-NEXT:  atom_11,atom_12,atom_13,atom_14,atom_15,atom_16,atom_17,atom_18,atom_19,
# CHECK-NEXT:  atom_20,atom_21,atom_22,atom_23,atom_24,atom_25,atom_26,atom_27,atom_28,
# CHECK-NEXT:  atom_29,atom_30]
# CHECK-NEXT: [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,
# CHECK-NEXT:  29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,
# CHECK-NEXT:  54,55,56,57,58,59,60,x|improper]
# CHECK-NEXT: #{<<"a long key name that takes space">> =>
# CHECK-NEXT:       <<"and a long value that also takes space">>,
# CHECK-NEXT:   <<"k2">> => [1,2,3]}
# CHECK-NEXT: {{\{\{}}{{\{\{}}[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,
# CHECK-NEXT:      28,29,30,31,32,33,34,35,36,37,38,39,40]}}}}
# CHECK-NEXT: [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,
# CHECK-NEXT:  16,17,18,19,20,21,22,23,24,25,26,27,
# CHECK-NEXT:  28,29,30]
# CHECK-NEXT: [{ok,<<"value">>},
# CHECK-NEXT:  {ok,<<"value">>},
# CHECK-NEXT:  {ok,<<"value">>},
# CHECK-NEXT:  {ok,<<"value">>},
# CHECK-NEXT:  {ok,<<"value">>},
# CHECK-NEXT:  {ok,<<"value">>},
# CHECK-NEXT:  {ok,<<"value">>},
# CHECK-NEXT:  {ok,<<"value">>},
# CHECK-NEXT:  {ok,<<"value">>},
# CHECK-NEXT:  {ok,<<"value">>}]
# CHECK-NEXT: <<"ÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈÈ">>
