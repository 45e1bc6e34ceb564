# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)

defmodule Watch do
  def reason_of(fun) do
    {pid, ref} = spawn_monitor(fun)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    after
      2000 -> :no_down
    end
  end
  def down_of(pid) do
    ref = Process.monitor(pid)
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> r
    end
  end
  def short({%{__struct__: s} = e, stack}) when is_list(stack), do: {s, Exception.message(e)}
  def short({reason, stack}) when is_list(stack), do: {:with_stack, reason}
  def short(other), do: other
end

cases = [
  normal: fn -> :ok end,
  exit_atom: fn -> exit(:boom) end,
  exit_tuple: fn -> exit({:error, 42}) end,
  raise: fn -> raise "kaboom" end,
  arg_error: fn -> raise ArgumentError, "bad" end,
  badarith: fn -> 1 / String.length("") end,
  badmatch: fn -> {:ok, _} = {:nope, 1} end,
  case_clause: fn -> case :x do :y -> 1 end end,
  function_clause: fn -> String.pad_leading(1, 2) end,
  throw: fn -> throw(:up) end,
  undef: fn -> apply(:no_module_here, :f, []) end,
  kill_self: fn -> Process.exit(self(), :kill) end,
  shutdown: fn -> exit(:shutdown) end
]

for {name, fun} <- cases do
  IO.inspect({name, Watch.short(Watch.reason_of(fun))})
end

# monitor an already dead process
pid = spawn(fn -> :ok end)
Process.sleep(50)
IO.inspect(Watch.down_of(pid), label: "dead already")

# demonitor
pid2 = spawn(fn -> receive do :go -> exit(:went) end end)
ref2 = Process.monitor(pid2)
Process.demonitor(ref2)
send(pid2, :go)
receive do
  {:DOWN, ^ref2, _, _, _} -> IO.puts("should not get DOWN")
after
  100 -> IO.puts("no DOWN after demonitor")
end

# multiple monitors on one process
pid3 = spawn(fn -> receive do :go -> :ok end end)
refs = for _ <- 1..3, do: Process.monitor(pid3)
send(pid3, :go)
got = for r <- refs do
  receive do
    {:DOWN, ^r, :process, _, reason} -> reason
  after
    500 -> :missing
  end
end
IO.inspect(got, label: "DOWN messages")

# CHECK: {:normal, :normal}
# CHECK-NEXT: {:exit_atom, :boom}
# CHECK-NEXT: {:exit_tuple, {:error, 42}}
# CHECK-NEXT: {:raise, {RuntimeError, "kaboom"}}
# CHECK-NEXT: {:arg_error, {ArgumentError, "bad"}}
# CHECK-NEXT: {:badarith, {:with_stack, :badarith}}
# CHECK-NEXT: {:badmatch, {:with_stack, {:badmatch, {:nope, 1}}}}
# CHECK-NEXT: {:case_clause, {:with_stack, {:case_clause, :x}}}
# CHECK-NEXT: {:function_clause, {:with_stack, :function_clause}}
# CHECK-NEXT: {:throw, {:with_stack, {:nocatch, :up}}}
# CHECK-NEXT: {:undef, {:with_stack, :undef}}
# CHECK-NEXT: {:kill_self, :killed}
# CHECK-NEXT: {:shutdown, :shutdown}
# CHECK-NEXT: dead already: :noproc
# CHECK-NEXT: no DOWN after demonitor
# CHECK-NEXT: DOWN messages: [:normal, :normal, :normal]
