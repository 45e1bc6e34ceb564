# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
# crashes in unlinked processes do not affect the parent
defmodule Mon do
  def run(i) do
    {pid, ref} = spawn_monitor(fn -> if rem(i, 2) == 0, do: raise("even #{i}"), else: exit({:odd, i}) end)
    receive do
      {:DOWN, ^ref, :process, ^pid, {%RuntimeError{message: m}, _}} -> {:raised, m}
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end
end
results = for i <- 1..5, do: Mon.run(i)
IO.inspect(results)
spawn(fn -> 1 = 2 end)
Process.sleep(50)
IO.puts("parent unaffected")
Process.flag(:trap_exit, true)
pid = spawn_link(fn -> exit(:kill) end)
receive do
  {:EXIT, ^pid, r} -> IO.inspect(r, label: "exit(:kill) reason seen by link")
end
pid2 = spawn_link(fn -> Process.exit(self(), :kill) end)
receive do
  {:EXIT, ^pid2, r} -> IO.inspect(r, label: "Process.exit(self, :kill)")
end

# CHECK: [odd: 1, raised: "even 2", odd: 3, raised: "even 4", odd: 5]
# CHECK-NEXT: parent unaffected
# CHECK-NEXT: exit(:kill) reason seen by link: :kill
# CHECK-NEXT: Process.exit(self, :kill): :killed
