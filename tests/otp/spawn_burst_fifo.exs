# RUN: env ATHANOR_SCHEDULERS=1 %athanor run %s | FileCheck %s
# With one scheduler, a long burst of spawns (far more than a scheduler's local run queue
# holds) still runs roughly in spawn order, as on BEAM: the processes that overflow the
# local queue wait behind the older ones instead of pushing them out. (Newest-first order made awaiting
# tasks in spawn order scan ever deeper into the mailbox: quadratic.)
n = 3000
parent = self()
for i <- 1..n, do: spawn(fn -> send(parent, i) end)
got = for _ <- 1..n, do: receive(do: (i -> i))
displacement = got |> Enum.with_index(1) |> Enum.map(fn {i, pos} -> abs(i - pos) end) |> Enum.max()
IO.inspect(Enum.sort(got) == Enum.to_list(1..n), label: "all arrived")
IO.inspect(displacement < 400, label: "close to spawn order")

tasks = for i <- 1..n, do: Task.async(fn -> i * i end)
IO.inspect(tasks |> Enum.map(&Task.await/1) |> Enum.sum(), label: "sum of squares")

# CHECK: all arrived: true
# CHECK-NEXT: close to spawn order: true
# CHECK-NEXT: sum of squares: 9004500500
