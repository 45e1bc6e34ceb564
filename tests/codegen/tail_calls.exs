# RUN: %athanor build --emit=llvm -O0 %s | FileCheck %s --check-prefix=O0
# RUN: %athanor build --emit=llvm -O2 %s | FileCheck %s --check-prefix=O2
# A call in tail position is a `tail call tailcc` (LLVM guarantees it for tailcc + tail),
# remote or local; at -O2 self-recursion becomes a loop. Calls not in tail position are
# ordinary calls.
defmodule Loop do
  def count(0, acc), do: acc
  def count(n, acc), do: count(n - 1, acc + n)
  def other(n), do: Loop.count(n, 0)
  def not_tail(n), do: 1 + Loop.count(n, 0)
end

IO.puts(Loop.other(10) + Loop.not_tail(3))

# O0-LABEL: define internal tailcc i64 @"Elixir.Loop.count/2"(
# O0: tail call tailcc i64 @"Elixir.Loop.count/2"(
# O0-LABEL: define internal tailcc i64 @"Elixir.Loop.other/1"(
# O0: [[R:%[0-9]+]] = tail call tailcc i64 @"Elixir.Loop.count/2"(ptr %p, i64 %{{.*}}, i64 1)
# O0-NEXT: ret i64 [[R]]
# O0-LABEL: define internal tailcc i64 @"Elixir.Loop.not_tail/1"(
# O0-NOT: tail call tailcc
# O0: call tailcc i64 @"Elixir.Loop.count/2"(
# O0-LABEL: define

# O2-LABEL: define internal tailcc i64 @"Elixir.Loop.count/2"(
# O2: tailrecurse:
# O2-NOT: call tailcc i64 @"Elixir.Loop.count/2"
# O2: br label %tailrecurse
