# RUN: %athanor build --emit=llvm -O2 %s | FileCheck %s
# Runtime calls that take an array of terms (map literals and updates, string
# concatenation, binary construction and matching) get it on the process heap, never
# on the stack: a process's frames move when it resumes on another scheduler, and LLVM
# may keep a stack address in a register across the loop's suspension points.
defmodule Loop do
  def run(0, acc), do: acc

  def run(n, %{count: c, text: t} = acc) do
    <<first, _::binary>> = t
    acc = %{acc | count: c + 1, text: "#{t}!" <> <<first>>}
    run(n - 1, Map.merge(acc, %{last: n, seen: true}))
  end
end

IO.inspect(Loop.run(3, %{count: 0, text: "ab", last: nil, seen: false}))
# CHECK-NOT: alloca
