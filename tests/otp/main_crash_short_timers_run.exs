# RUN: not %athanor run %s > %t.out 2>/dev/null
# RUN: FileCheck --input-file %t.out %s
# After an uncaught error in the main process, `elixir` spends a few ms printing the
# error before it halts, so a process whose short timer fires meanwhile still runs:
# the program does not halt at the first moment every process is waiting.
Logger.configure_backend(:console, device: :standard_error)

spawn(fn ->
  Process.sleep(1)
  IO.puts("worker woke up after the main process failed")
end)

IO.puts("main fails")
raise "main failed"

# CHECK: main fails
# CHECK-NEXT: worker woke up after the main process failed
