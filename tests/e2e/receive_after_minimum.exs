# RUN: env ATHANOR_SCHEDULERS=1 %athanor run %s | FileCheck --match-full-lines %s
# `receive ... after T` (and Process.sleep/1) waits at least T ms, as on BEAM. The runtime
# keeps deadlines in whole milliseconds of a clock it truncates, so a deadline of now + T
# could pass up to 1 ms early; it is now + T + 1.
short = for ms <- [1, 3, 7], _ <- 1..30 do
  {t1, :ok} = :timer.tc(fn -> Process.sleep(ms) end)
  {t2, :late} = :timer.tc(fn -> receive do :never -> :never after ms -> :late end end)
  Enum.filter([t1, t2], &(&1 < ms * 1000))
end
IO.inspect(List.flatten(short), label: "waits shorter than asked")
# CHECK: waits shorter than asked: []
