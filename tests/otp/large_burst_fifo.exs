# RUN: env ATHANOR_SCHEDULERS=1 %athanor run %s | FileCheck --match-full-lines %s
# On one scheduler a burst larger than its run-queue ring (256) still runs in FIFO order,
# as on BEAM with one scheduler (`elixir --erl "+S 1"` prints the same; with several,
# BEAM's schedulers steal and interleave, and so do ours once the ticker sees the queue
# stay long, hence only ATHANOR_SCHEDULERS=1 here): the
# excess waits in the scheduler's overflow list behind the ring (sched/Scheduler.h), not
# in front of it. Before, the newest 256 processes of a burst ran first, so their replies
# came first and awaiting 20,000 tasks one by one with one scheduler took 11 s (each
# await scanned past the replies of later tasks).
me = self()
for i <- 1..3000, do: spawn(fn -> send(me, i) end)
got = for _ <- 1..3000, do: (receive do i -> i end)
# The first to run is the first spawned (the old order ran the newest 256 first). Only the
# first is checked: a process the ticker preempts (under a sanitizer, or when the OS
# deschedules the thread) goes to the back of the queue, on BEAM too.
IO.puts("first: #{hd(got)}, all: #{Enum.sort(got) == Enum.to_list(1..3000)}")

tasks = Enum.map(1..3000, fn i -> Task.async(fn -> i end) end)
replies = Enum.map(tasks, &Task.await/1)
IO.puts("replies: #{length(replies)}, sum #{Enum.sum(replies)}")

# CHECK: first: 1, all: true
# CHECK-NEXT: replies: 3000, sum 4501500
