# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
Process.flag(:trap_exit, true)
t = Task.async(fn -> raise "task boom" end)
r = try do
  Task.await(t, 1000)
catch
  :exit, {{%RuntimeError{message: m}, _}, {Task, :await, _}} -> {:await_exit, m}
end
IO.inspect(r)
receive do
  {:EXIT, pid, {%RuntimeError{message: m}, _}} -> IO.inspect({pid == t.pid, m}, label: "EXIT msg")
after 500 -> IO.puts("no EXIT")
end
t2 = Task.async(fn -> exit(:custom_exit) end)
r2 = try do
  Task.await(t2)
catch
  :exit, {reason, _} -> {:await_exit, reason}
end
IO.inspect(r2)
receive do
  {:EXIT, _, reason} -> IO.inspect(reason, label: "EXIT msg 2")
after 500 -> IO.puts("no EXIT 2")
end
t3 = Task.async(fn -> throw(:thrown_value) end)
r3 = try do
  Task.await(t3)
catch
  :exit, {{{:nocatch, v}, _}, _} -> {:nocatch, v}
end
IO.inspect(r3)
receive do
  {:EXIT, _, {{:nocatch, v}, _}} -> IO.inspect(v, label: "EXIT msg 3")
after 500 -> IO.puts("no EXIT 3")
end
t4 = Task.async(fn -> Process.sleep(5000) end)
Process.exit(t4.pid, :kill)
r4 = try do
  Task.await(t4)
catch
  :exit, {reason, _} -> {:await_exit, reason}
end
IO.inspect(r4)
receive do
  {:EXIT, _, reason} -> IO.inspect(reason, label: "EXIT msg 4")
after 500 -> IO.puts("no EXIT 4")
end
{:ok, pid} = Task.start_link(fn -> exit(:from_start_link) end)
receive do
  {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "start_link exit")
end
IO.inspect(Process.info(self(), :message_queue_len))

# CHECK: {:await_exit, "task boom"}
# CHECK-NEXT: EXIT msg: {true, "task boom"}
# CHECK-NEXT: {:await_exit, :custom_exit}
# CHECK-NEXT: EXIT msg 2: :custom_exit
# CHECK-NEXT: {:nocatch, :thrown_value}
# CHECK-NEXT: EXIT msg 3: :thrown_value
# CHECK-NEXT: {:await_exit, :killed}
# CHECK-NEXT: EXIT msg 4: :killed
# CHECK-NEXT: start_link exit: :from_start_link
# CHECK-NEXT: {:message_queue_len, 0}
