# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Process.register/2, whereis/1, unregister/1, alive?/1 and info/2.
IO.inspect Process.whereis(:nope)
IO.inspect Process.alive?(self())
IO.inspect Process.info(self(), :registered_name)
IO.inspect Process.register(self(), :main_proc)
IO.inspect Process.whereis(:main_proc) == self()
IO.inspect Process.info(self(), :registered_name)
IO.inspect :main_proc in Process.registered()
IO.inspect Process.unregister(:main_proc)
IO.inspect Process.whereis(:main_proc)
pid = spawn(fn -> :ok end)
Process.sleep(50)
IO.inspect Process.alive?(pid)
IO.inspect Process.info(pid, :links)
try do
  Process.register(self(), nil)
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end
# CHECK: nil
# CHECK-NEXT: true
# CHECK-NEXT: {:registered_name, []}
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: {:registered_name, :main_proc}
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: nil
# CHECK-NEXT: false
# CHECK-NEXT: nil
# CHECK-NEXT: no function clause matching in Process.register/2
