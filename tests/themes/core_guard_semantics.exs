# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule G do
  def first_is_one(x) when hd(x) == 1, do: :yes
  def first_is_one(_), do: :no
  def nonempty(x) when length(x) > 0, do: :nonempty
  def nonempty(_), do: :other
  def small_map(m) when map_size(m) < 2, do: :small
  def small_map(_), do: :not_small_or_not_map
  def tagged(t) when elem(t, 0) == :ok, do: :ok_tuple
  def tagged(_), do: :not_ok
  def div_guard(x) when div(10, x) > 2, do: :big_quotient
  def div_guard(_), do: :fallback
  def either(x) when is_integer(x) or hd(x) == :a, do: :int_or_a_list
  def either(_), do: :neither
  def both(x) when is_list(x) and hd(x) == :a, do: :a_list
  def both(_), do: :nope
  def multi(x) when is_atom(x) when is_binary(x), do: :atom_or_binary
  def multi(_), do: :other
  def size_check(b) when byte_size(b) == 3, do: :three_bytes
  def size_check(_), do: :not_three
  def range_check(x) when x in 1..10 and rem(x, 2) == 0, do: :even_small
  def range_check(x) when is_number(x) and x > 10, do: :big
  def range_check(_), do: :other
  def float_guard(x) when is_float(x) and x == trunc(x), do: :whole_float
  def float_guard(_), do: :other
  def abs_guard(x) when abs(x) > 5, do: :far
  def abs_guard(_), do: :near
  def key_guard(m, k) when is_map_key(m, k), do: Map.fetch!(m, k)
  def key_guard(_, _), do: :no_key
  def tuple_guard(t) when tuple_size(t) in [2, 3], do: :pair_or_triple
  def tuple_guard(_), do: :other
  def bool_guard(x) when x, do: :truthy_true
  def bool_guard(_), do: :not_true
  def not_guard(x) when not is_nil(x), do: :present
  def not_guard(_), do: :nil_value
  def str_guard("pre" <> _ = s) when byte_size(s) > 4, do: :long_pre
  def str_guard(_), do: :other
end
tests = [
  {:first_is_one, [[1, 2]]}, {:first_is_one, [[]]}, {:first_is_one, [:atom]},
  {:nonempty, [[1]]}, {:nonempty, [[]]}, {:nonempty, ["str"]}, {:nonempty, [[1 | 2]]},
  {:small_map, [%{}]}, {:small_map, [%{a: 1, b: 2}]}, {:small_map, [[]]},
  {:tagged, [{:ok, 1}]}, {:tagged, [{}]}, {:tagged, [[:ok]]},
  {:div_guard, [2]}, {:div_guard, [0]}, {:div_guard, [:x]},
  {:either, [1]}, {:either, [[:a]]}, {:either, [[]]}, {:either, [:x]},
  {:both, [[:a]]}, {:both, [[]]},
  {:multi, [:a]}, {:multi, ["s"]}, {:multi, [1]},
  {:size_check, ["abc"]}, {:size_check, ["ab"]}, {:size_check, [123]},
  {:range_check, [4]}, {:range_check, [5]}, {:range_check, [11]}, {:range_check, [4.0]}, {:range_check, ["x"]},
  {:float_guard, [2.0]}, {:float_guard, [2.5]}, {:float_guard, [2]},
  {:abs_guard, [-9]}, {:abs_guard, [3]}, {:abs_guard, [:a]},
  {:key_guard, [%{a: 1}, :a]}, {:key_guard, [%{a: 1}, :b]},
  {:tuple_guard, [{1, 2}]}, {:tuple_guard, [{1}]}, {:tuple_guard, [[1, 2]]},
  {:bool_guard, [true]}, {:bool_guard, [1]}, {:bool_guard, [nil]},
  {:not_guard, [0]}, {:not_guard, [nil]},
  {:str_guard, ["prefix"]}, {:str_guard, ["pre"]}, {:str_guard, [:pre]}
]
for {f, args} <- tests do
  IO.puts("#{f}(#{Enum.map_join(args, ", ", &inspect/1)}) = #{inspect(apply(G, f, args))}")
end
classify = fn
  x when is_integer(x) and x > 0 -> :pos_int
  x when is_integer(x) -> :other_int
  x when is_list(x) and length(x) > 1 -> :longish
  [_] -> :single
  _ -> :unknown
end
IO.inspect(Enum.map([5, -5, [1, 2], [1], {}, [1 | 2]], classify))

# CHECK: first_is_one([1, 2]) = :yes
# CHECK-NEXT: first_is_one([]) = :no
# CHECK-NEXT: first_is_one(:atom) = :no
# CHECK-NEXT: nonempty([1]) = :nonempty
# CHECK-NEXT: nonempty([]) = :other
# CHECK-NEXT: nonempty("str") = :other
# CHECK-NEXT: nonempty([1 | 2]) = :other
# CHECK-NEXT: small_map(%{}) = :small
# CHECK-NEXT: small_map(%{a: 1, b: 2}) = :not_small_or_not_map
# CHECK-NEXT: small_map([]) = :not_small_or_not_map
# CHECK-NEXT: tagged({:ok, 1}) = :ok_tuple
# CHECK-NEXT: tagged({}) = :not_ok
# CHECK-NEXT: tagged([:ok]) = :not_ok
# CHECK-NEXT: div_guard(2) = :big_quotient
# CHECK-NEXT: div_guard(0) = :fallback
# CHECK-NEXT: div_guard(:x) = :fallback
# CHECK-NEXT: either(1) = :int_or_a_list
# CHECK-NEXT: either([:a]) = :int_or_a_list
# CHECK-NEXT: either([]) = :neither
# CHECK-NEXT: either(:x) = :neither
# CHECK-NEXT: both([:a]) = :a_list
# CHECK-NEXT: both([]) = :nope
# CHECK-NEXT: multi(:a) = :atom_or_binary
# CHECK-NEXT: multi("s") = :atom_or_binary
# CHECK-NEXT: multi(1) = :other
# CHECK-NEXT: size_check("abc") = :three_bytes
# CHECK-NEXT: size_check("ab") = :not_three
# CHECK-NEXT: size_check(123) = :not_three
# CHECK-NEXT: range_check(4) = :even_small
# CHECK-NEXT: range_check(5) = :other
# CHECK-NEXT: range_check(11) = :big
# CHECK-NEXT: range_check(4.0) = :other
# CHECK-NEXT: range_check("x") = :other
# CHECK-NEXT: float_guard(2.0) = :whole_float
# CHECK-NEXT: float_guard(2.5) = :other
# CHECK-NEXT: float_guard(2) = :other
# CHECK-NEXT: abs_guard(-9) = :far
# CHECK-NEXT: abs_guard(3) = :near
# CHECK-NEXT: abs_guard(:a) = :near
# CHECK-NEXT: key_guard(%{a: 1}, :a) = 1
# CHECK-NEXT: key_guard(%{a: 1}, :b) = :no_key
# CHECK-NEXT: tuple_guard({1, 2}) = :pair_or_triple
# CHECK-NEXT: tuple_guard({1}) = :other
# CHECK-NEXT: tuple_guard([1, 2]) = :other
# CHECK-NEXT: bool_guard(true) = :truthy_true
# CHECK-NEXT: bool_guard(1) = :not_true
# CHECK-NEXT: bool_guard(nil) = :not_true
# CHECK-NEXT: not_guard(0) = :present
# CHECK-NEXT: not_guard(nil) = :nil_value
# CHECK-NEXT: str_guard("prefix") = :long_pre
# CHECK-NEXT: str_guard("pre") = :other
# CHECK-NEXT: str_guard(:pre) = :other
# CHECK-NEXT: [:pos_int, :other_int, :longish, :single, :unknown, :unknown]
