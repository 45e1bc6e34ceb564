# RUN: %athanor build --emit=asm %s -o - | FileCheck --check-prefix=ASM %s
# RUN: env ATHANOR_SCHEDULERS=4 %athanor run %s | FileCheck --match-full-lines %s
# A process's frames move to another scheduler's stack when it resumes there, so generated
# code must not keep a stack address across a call that may suspend. Runtime calls that
# take an array (map update pairs here) used to get it in a stack slot, and LLVM hoisted
# its address out of the tail-recursion loop into a callee-saved register: after a receive
# in Echo.ask/2 resumed on another scheduler, ath_map_update read the pairs from the old
# stack (wrong maps, KeyErrors, crashes). The arrays live on the process heap now.
# ASM-LABEL: "Elixir.Mig.each/3":
# ASM-NOT: leaq {{[0-9]*}}(%rsp), %{{r1[2-5]|rbx|rbp}}
# ASM: .Lfunc_end
defmodule Echo do
  def start, do: spawn(fn -> loop() end)
  defp loop do
    receive do
      {from, x} ->
        send(from, {:echo, if(rem(x, 3) == 0, do: :skip, else: {:ok, x})})
        loop()
    end
  end
  def ask(pid, x) do
    send(pid, {self(), x})
    receive do
      {:echo, y} -> y
    end
  end
end

defmodule Mig do
  def each([], _echo, acc), do: acc
  def each([x | rest], echo, acc) do
    case Echo.ask(echo, x.n) do
      {:ok, v} -> each(rest, echo, [%{x | v: v} | acc])
      :skip -> each(rest, echo, [%{x | v: x.n} | acc])
    end
  end
end

parent = self()
for k <- 1..8 do
  spawn(fn ->
    echo = Echo.start()
    items = for n <- 1..300, do: %{n: n, v: 0}
    res = Mig.each(items, echo, [])
    send(parent, {:done, k, Enum.count(res, fn m -> m.v == m.n end)})
  end)
end
counts = for _ <- 1..8, do: (receive do {:done, _, c} -> c end)
IO.inspect(counts, label: "correct per process")
# CHECK: correct per process: [300, 300, 300, 300, 300, 300, 300, 300]
