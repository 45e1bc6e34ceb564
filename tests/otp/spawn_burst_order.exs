# RUN: %athanor run %s | FileCheck --match-full-lines %s
# RUN: env ATHANOR_SCHEDULERS=4 %athanor run %s | FileCheck --match-full-lines %s
# Processes spawned (or woken) in a row run in that order, as on BEAM: idle schedulers
# are woken by the ticker only for work that stays queued (sched/Scheduler.cpp), and they
# start asleep rather than stealing the program's first spawns. Before, an idle scheduler
# stole half of such a burst and the prints came out interleaved in most runs.
for i <- 1..6, do: spawn(fn -> IO.puts("spawned #{i}") end)
Process.sleep(50)

me = self()
for i <- 1..6, do: spawn(fn -> send(me, {:n, i}) end)
got = for _ <- 1..6, do: (receive do {:n, i} -> i end)
IO.inspect(got)

tasks = for i <- 1..6, do: Task.async(fn -> IO.puts("task #{i}"); i end)
IO.inspect(Task.await_many(tasks))

workers = for i <- 1..6, do: spawn(fn -> receive do :go -> IO.puts("worker #{i}") end end)
Process.sleep(20)
Enum.each(workers, &send(&1, :go))
Process.sleep(50)

# CHECK: spawned 1
# CHECK-NEXT: spawned 2
# CHECK-NEXT: spawned 3
# CHECK-NEXT: spawned 4
# CHECK-NEXT: spawned 5
# CHECK-NEXT: spawned 6
# CHECK-NEXT: [1, 2, 3, 4, 5, 6]
# CHECK-NEXT: task 1
# CHECK-NEXT: task 2
# CHECK-NEXT: task 3
# CHECK-NEXT: task 4
# CHECK-NEXT: task 5
# CHECK-NEXT: task 6
# CHECK-NEXT: [1, 2, 3, 4, 5, 6]
# CHECK-NEXT: worker 1
# CHECK-NEXT: worker 2
# CHECK-NEXT: worker 3
# CHECK-NEXT: worker 4
# CHECK-NEXT: worker 5
# CHECK-NEXT: worker 6
