# RUN: %athanor run %s | FileCheck %s
# Process.info/1: the items of process_info/1 in the BEAM's order (:registered_name only
# for a named process), nil for a dead process; Process.group_leader/0 is a pid.
defmodule Main do
  def run do
    p = spawn(fn -> receive do :stop -> :ok end end)
    send(p, :hello)
    info = Process.info(p)
    IO.inspect(Keyword.keys(info))
    IO.inspect({info[:status] in [:waiting, :runnable, :running], info[:message_queue_len], info[:trap_exit]})
    Process.register(self(), :main_proc)
    Process.put(:k, 1)
    Process.flag(:trap_exit, true)
    Process.link(p)
    me = Process.info(self())
    IO.inspect(Keyword.keys(me))
    IO.inspect({me[:registered_name], me[:dictionary][:k], me[:trap_exit], p in me[:links]})
    IO.inspect(is_pid(Process.group_leader()))
    Process.exit(p, :kill)
    receive do
      {:EXIT, ^p, r} -> IO.inspect(r)
    end
    IO.inspect(Process.info(p))
  end
end

Main.run()

# CHECK: [:current_function, :initial_call, :status, :message_queue_len, :links,
# CHECK-NEXT:  :dictionary, :trap_exit, :error_handler, :priority, :group_leader,
# CHECK-NEXT:  :total_heap_size, :heap_size, :stack_size, :reductions, :garbage_collection,
# CHECK-NEXT:  :suspending]
# CHECK-NEXT: {true, 1, false}
# CHECK-NEXT: [:registered_name, :current_function, :initial_call, :status,
# CHECK-NEXT:  :message_queue_len, :links, :dictionary, :trap_exit, :error_handler, :priority,
# CHECK-NEXT:  :group_leader, :total_heap_size, :heap_size, :stack_size, :reductions,
# CHECK-NEXT:  :garbage_collection, :suspending]
# CHECK-NEXT: {:main_proc, 1, true, true}
# CHECK-NEXT: true
# CHECK-NEXT: :killed
# CHECK-NEXT: nil
