# RUN: not %athanor run %s > %t.out 2>/dev/null
# RUN: FileCheck --input-file %t.out %s
# An uncaught raise in the main process still gives exit code 1, and, as under `elixir
# script.exs`, a process that was just sent a message handles it before the program
# halts; the main process's links do not fire (a trapping linked process gets no EXIT).
Logger.configure_backend(:console, device: :standard_error)

watcher =
  spawn_link(fn ->
    Process.flag(:trap_exit, true)

    receive do
      {:EXIT, _, reason} -> IO.puts("watcher saw main exit: #{inspect(reason)}")
    end
  end)

receiver =
  spawn(fn ->
    receive do
      {:job, n} -> IO.puts("receiver handled job #{n}")
    end
  end)

IO.puts("sending")
send(receiver, {:job, 7})
_ = watcher
raise "main failed"

# CHECK: sending
# CHECK-NEXT: receiver handled job 7
