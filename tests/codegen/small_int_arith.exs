# RUN: %athanor build --emit=llvm -O2 %s | FileCheck %s
# Integer arithmetic on two small integers is inline: a tag test, the operation with
# LLVM's overflow intrinsic, and a slow path (bignum promotion or ArithmeticError) through
# the runtime only when a tag test or the overflow check fails.
defmodule A do
  def add(a, b), do: a + b
  def sub(a, b), do: a - b
  def mul(a, b), do: a * b
end

IO.puts(A.add(1, 2) + A.sub(5, 3) + A.mul(2, 3))

# CHECK-LABEL: define internal tailcc i64 @"Elixir.A.add/2"(
# CHECK: and i64
# CHECK: @llvm.sadd.with.overflow.i64(
# CHECK: @ath_bif_erlang_add(
# CHECK-LABEL: define internal tailcc i64 @"Elixir.A.sub/2"(
# CHECK: @llvm.ssub.with.overflow.i64(
# CHECK: @ath_bif_erlang_sub(
# CHECK-LABEL: define internal tailcc i64 @"Elixir.A.mul/2"(
# CHECK: @llvm.smul.with.overflow.i64(
# CHECK: @ath_bif_erlang_mul(
