# RUN: %athanor build --emit=llvm -O2 %s | FileCheck %s
# A map literal whose keys are distinct atom constants (a struct, %{ok: x, ...}) is built
# inline, keys sorted at compile time, like a tuple: no call of ath_map_new, which sorts
# the keys at run time. Other literals still call it.
defmodule A do
  def point(x, y), do: %{y: y, x: x}
  def mixed(k, v), do: %{k => v, a: 1}
end

IO.inspect(A.point(1, 2))
IO.inspect(A.mixed("k", 2))

# CHECK-LABEL: define internal tailcc i64 @"Elixir.A.point/2"(
# CHECK-NOT: @ath_map_new(
# CHECK: store i64 16734,
# CHECK-NOT: @ath_map_new(
# CHECK-LABEL: define internal tailcc i64 @"Elixir.A.mixed/2"(
# CHECK: @ath_map_new(
