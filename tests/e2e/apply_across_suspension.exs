# RUN: env ATHANOR_SCHEDULERS=4 %athanor run %s | FileCheck --match-full-lines %s
# apply/3 runs the applied function with no C++ frame below it (sched/Context.S,
# ath_apply_mfa): the function may suspend in receive and the process resume on another
# scheduler's stack. A C++ caller left on the stack (as in builds without sibling-call
# optimization: -O0, ASan) returned through a frame pointer into the old stack.
# scripts/sanitize.sh runs this under ASan, where that crashed.
defmodule Echo do
  def ask(pid, x) do
    send(pid, {self(), x})
    receive do
      {:echo, y} -> y
    end
  end
  def loop do
    receive do
      {from, x} -> send(from, {:echo, x * 2}); loop()
    end
  end
end

defmodule Walk do
  # module, function and arguments are all variables: a run-time apply/3
  def sum([], _mfa, acc), do: acc
  def sum([x | rest], {m, f, echo} = mfa, acc) do
    args = [echo, x]
    sum(rest, mfa, acc + apply(m, f, args))
  end
end

parent = self()
for k <- 1..8 do
  spawn(fn ->
    echo = spawn(&Echo.loop/0)
    send(parent, {:sum, k, Walk.sum(Enum.to_list(1..200), {Echo, :ask, echo}, 0)})
  end)
end
sums = for _ <- 1..8, do: (receive do {:sum, _, s} -> s end)
IO.inspect(Enum.uniq(sums), label: "sums")
# the resolver's error path
{m, f} = {Echo, :nope}
try do
  apply(m, f, [1])
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end
# CHECK: sums: [40200]
# CHECK-NEXT: function Echo.nope/1 is undefined or private
