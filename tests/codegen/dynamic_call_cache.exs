# RUN: %athanor build --emit=llvm -O2 %s | FileCheck %s
# RUN: %athanor run %s | FileCheck %s --check-prefix=OUT
# `mod.f(args)` with a variable module and a literal name keeps a per-call-site cache of
# the function entry it found; a miss (or another module) asks the runtime again.
defmodule Dyn do
  def call(mod, x), do: mod.double(x)
end

defmodule One do
  def double(x), do: x * 2
end

defmodule Two do
  def double(x), do: x * 20
end

IO.inspect(Enum.map([One, Two, One, One, Two], &Dyn.call(&1, 3)))
IO.inspect(try do Dyn.call(Three, 1) rescue e -> Exception.message(e) end)

# CHECK: @dyncall.cache = private {{.*}}global ptr null
# CHECK-LABEL: define internal tailcc i64 @"Elixir.Dyn.call/2"(
# CHECK: load atomic ptr, ptr @dyncall.cache acquire
# CHECK: @ath_find_function_entry(
# CHECK: store atomic ptr %{{.*}}, ptr @dyncall.cache release

# OUT: [6, 60, 6, 6, 60]
# OUT-NEXT: "function Three.double/1 is undefined (module Three is not available)"
