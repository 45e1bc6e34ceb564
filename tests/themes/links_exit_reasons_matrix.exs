# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
defmodule Probe do
  # spawn a linked child from a trapping helper; report what the helper sees
  def link_reason(fun) do
    me = self()
    spawn(fn ->
      Process.flag(:trap_exit, true)
      child = spawn_link(fun)
      receive do
        {:EXIT, ^child, r} -> send(me, {:reason, simplify(r)})
      after 1000 -> send(me, {:reason, :none})
      end
    end)
    receive do {:reason, r} -> r end
  end
  # without trapping: does the linked parent survive?
  def survives?(fun) do
    me = self()
    # spawn_monitor: with a separate monitor call the parent could already be dead
    {_parent, ref} = spawn_monitor(fn ->
      spawn_link(fun)
      Process.sleep(100)
      send(me, :survived)
    end)
    receive do
      :survived -> :survived
      {:DOWN, ^ref, _, _, r} -> {:died, simplify(r)}
    after 1000 -> :timeout
    end
  end
  defp simplify({%{__exception__: true} = e, st}) when is_list(st), do: {e.__struct__, Exception.message(e)}
  defp simplify({r, st}) when is_list(st), do: {:raw, r}
  defp simplify(r), do: r
end
cases = [
  {"return normally", fn -> :done end},
  {"exit normal", fn -> exit(:normal) end},
  {"exit shutdown", fn -> exit(:shutdown) end},
  {"exit shutdown tuple", fn -> exit({:shutdown, :cleanup}) end},
  {"exit custom", fn -> exit(:oops) end},
  {"raise", fn -> raise "bad" end},
  {"throw", fn -> throw(:t) end},
  {"badarith", fn -> 1 / Enum.count([]) end},
  {"kill self", fn -> Process.exit(self(), :kill) end},
  {"exit kill", fn -> exit(:kill) end}
]
for {label, fun} <- cases do
  IO.puts(String.pad_trailing(label, 22) <> inspect(Probe.link_reason(fun)) <> "  " <> inspect(Probe.survives?(fun)))
end

# CHECK: return normally       :normal  :survived
# CHECK-NEXT: exit normal           :normal  :survived
# CHECK-NEXT: exit shutdown         :shutdown  {:died, :shutdown}
# CHECK-NEXT: exit shutdown tuple   {:shutdown, :cleanup}  {:died, {:shutdown, :cleanup}}
# CHECK-NEXT: exit custom           :oops  {:died, :oops}
# CHECK-NEXT: raise                 {RuntimeError, "bad"}  {:died, {RuntimeError, "bad"}}
# CHECK-NEXT: throw                 {:raw, {:nocatch, :t}}  {:died, {:raw, {:nocatch, :t}}}
# CHECK-NEXT: badarith              {:raw, :badarith}  {:died, {:raw, :badarith}}
# CHECK-NEXT: kill self             :killed  {:died, :killed}
# CHECK-NEXT: exit kill             :kill  {:died, :kill}
