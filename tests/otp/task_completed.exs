# RUN: %athanor run %s | FileCheck %s
# Task.completed/1: a task that already has its result, usable with await/await_many/yield.
t = Task.completed(:done)
IO.inspect {t.mfa, t.pid, is_reference(t.ref), t.owner == self()}
IO.inspect Process.info(self(), :message_queue_len)
IO.inspect Task.await(t)
IO.inspect Task.await_many([Task.completed(1), Task.async(fn -> 2 end)])
IO.inspect Task.yield(Task.completed(3))

# CHECK: {{\{\{}}Task, :completed, 1}, nil, true, true}
# CHECK-NEXT: {:message_queue_len, 1}
# CHECK-NEXT: :done
# CHECK-NEXT: [1, 2]
# CHECK-NEXT: {:ok, 3}
