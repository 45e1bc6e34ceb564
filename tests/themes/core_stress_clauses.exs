# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Big do
  def code(0), do: "A0"
  def code(1), do: "B1"
  def code(2), do: "C2"
  def code(3), do: "D3"
  def code(4), do: "E4"
  def code(5), do: "F5"
  def code(6), do: "G6"
  def code(7), do: "H7"
  def code(8), do: "I8"
  def code(9), do: "J9"
  def code(10), do: "K10"
  def code(11), do: "L11"
  def code(12), do: "M12"
  def code(13), do: "N13"
  def code(14), do: "O14"
  def code(15), do: "P15"
  def code(16), do: "Q16"
  def code(17), do: "R17"
  def code(18), do: "S18"
  def code(19), do: "T19"
  def code(20), do: "U20"
  def code(21), do: "V21"
  def code(22), do: "W22"
  def code(23), do: "X23"
  def code(24), do: "Y24"
  def code(25), do: "Z25"
  def code(26), do: "A26"
  def code(27), do: "B27"
  def code(28), do: "C28"
  def code(29), do: "D29"
  def code(30), do: "E30"
  def code(31), do: "F31"
  def code(32), do: "G32"
  def code(33), do: "H33"
  def code(34), do: "I34"
  def code(35), do: "J35"
  def code(36), do: "K36"
  def code(37), do: "L37"
  def code(38), do: "M38"
  def code(39), do: "N39"
  def code(40), do: "O40"
  def code(41), do: "P41"
  def code(42), do: "Q42"
  def code(43), do: "R43"
  def code(44), do: "S44"
  def code(45), do: "T45"
  def code(46), do: "U46"
  def code(47), do: "V47"
  def code(48), do: "W48"
  def code(49), do: "X49"
  def code(50), do: "Y50"
  def code(51), do: "Z51"
  def code(52), do: "A52"
  def code(53), do: "B53"
  def code(54), do: "C54"
  def code(55), do: "D55"
  def code(56), do: "E56"
  def code(57), do: "F57"
  def code(58), do: "G58"
  def code(59), do: "H59"
  def code(n) when is_integer(n) and n < 0, do: "neg"
  def code(_), do: "other"
  def many(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19) do
    t = {a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19}
    f = fn x -> x + a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 + a15 + a16 + a17 + a18 + a19 end
    g = fn -> Enum.map([a0, a5, a19], &(&1 * a1)) end
    {tuple_size(t), f.(1000), g.()}
  end
  def nest(x) do
    case x do
      {:a, y} ->
        case y do
          [h | t] when is_integer(h) ->
            cond do
              h > 10 -> with {:ok, z} <- {:ok, h * 2}, do: {:big, z, length(t)}
              true -> if t == [], do: {:small_single, h}, else: {:small, h, nest({:a, t})}
            end
          [] -> :empty
          other -> {:other, other}
        end
      {:b, %{k: v} = m} when map_size(m) > 1 -> {:bmap, v, Map.keys(m)}
      {:b, _} -> :b_small
      _ -> :unknown
    end
  end
end
IO.inspect(Enum.map(-2..62, &Big.code/1) |> Enum.join(","))
IO.inspect(Big.code(:x))
IO.inspect(Big.many(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19))
IO.inspect(Big.nest({:a, [20, 1, 2]}))
IO.inspect(Big.nest({:a, [1, 2, 3]}))
IO.inspect(Big.nest({:a, [5]}))
IO.inspect(Big.nest({:a, []}))
IO.inspect(Big.nest({:a, :x}))
IO.inspect(Big.nest({:b, %{k: 1, j: 2}}))
IO.inspect(Big.nest({:b, %{k: 1}}))
IO.inspect(Big.nest(:zzz))
IO.inspect(Big.nest({:a, [1, 50, 2]}))
acc = Enum.reduce(1..200, %{}, fn i, m ->
  key = rem(i * 7, 13)
  Map.update(m, key, [i], fn l -> if length(l) < 3, do: [i | l], else: l end)
end)
IO.inspect(acc)
y = fn f -> fn n -> if n <= 1, do: 1, else: n * f.(f).(n - 1) end end
IO.inspect(y.(y).(25))
compose_all = fn fs -> Enum.reduce(fs, fn f, acc -> fn x -> f.(acc.(x)) end end) end
h = compose_all.([&(&1 + 1), &(&1 * 2), &(&1 - 3)])
IO.inspect(h.(10))

# CHECK: "neg,neg,A0,B1,C2,D3,E4,F5,G6,H7,I8,J9,K10,L11,M12,N13,O14,P15,Q16,R17,S18,T19,U20,V21,W22,X23,Y24,Z25,A26,B27,C28,D29,E30,F31,G32,H33,I34,J35,K36,L37,M38,N39,O40,P41,Q42,R43,S44,T45,U46,V47,W48,X49,Y50,Z51,A52,B53,C54,D55,E56,F57,G58,H59,other,other,other"
# CHECK-NEXT: "other"
# CHECK-NEXT: {20, 1190, [0, 5, 19]}
# CHECK-NEXT: {:big, 40, 2}
# CHECK-NEXT: {:small, 1, {:small, 2, {:small_single, 3}}}
# CHECK-NEXT: {:small_single, 5}
# CHECK-NEXT: :empty
# CHECK-NEXT: {:other, :x}
# CHECK-NEXT: {:bmap, 1, [:j, :k]}
# CHECK-NEXT: :b_small
# CHECK-NEXT: :unknown
# CHECK-NEXT: {:small, 1, {:big, 100, 1}}
# CHECK-NEXT: %{
# CHECK-NEXT:   0 => [39, 26, 13],
# CHECK-NEXT:   1 => [28, 15, 2],
# CHECK-NEXT:   2 => [30, 17, 4],
# CHECK-NEXT:   3 => [32, 19, 6],
# CHECK-NEXT:   4 => [34, 21, 8],
# CHECK-NEXT:   5 => [36, 23, 10],
# CHECK-NEXT:   6 => [38, 25, 12],
# CHECK-NEXT:   7 => [27, 14, 1],
# CHECK-NEXT:   8 => [29, 16, 3],
# CHECK-NEXT:   9 => [31, 18, 5],
# CHECK-NEXT:   10 => [33, 20, 7],
# CHECK-NEXT:   11 => [35, 22, 9],
# CHECK-NEXT:   12 => [37, 24, 11]
# CHECK-NEXT: }
# CHECK-NEXT: 15511210043330985984000000
# CHECK-NEXT: 19
