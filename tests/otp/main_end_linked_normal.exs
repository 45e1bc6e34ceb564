# RUN: %athanor run %s | FileCheck %s
# Linked processes that end normally, or that fail only after the program has halted
# (here one still asleep when the script ends), leave a normal end of the script alone:
# exit code 0.
Logger.configure_backend(:console, device: :standard_error)
spawn_link(fn -> :ok end)
spawn_link(fn -> Process.sleep(200); exit(:too_late) end)
IO.puts("script ends")

# CHECK: script ends
