# RUN: not %athanor run %s > %t.out 2>%t.err
# RUN: FileCheck --input-file %t.out %s
# RUN: FileCheck --check-prefix=ERR --input-file %t.err %s
# A linked process that dies abnormally just as the script ends still takes the main
# process down, as under `elixir script.exs` (the main process lives until the halt):
# exit code 1 and the error on stderr. Normal exits of linked processes do not count.
Logger.configure_backend(:console, device: :standard_error)
spawn_link(fn -> :ok end)
IO.puts("script ends")
spawn_link(fn -> exit(:worker_failed) end)

# CHECK: script ends
# ERR: ** (EXIT from #PID<{{.*}}>) :worker_failed
