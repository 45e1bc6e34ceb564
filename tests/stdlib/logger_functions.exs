# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Logger calls below the configured level print nothing and return :ok.
defmodule Main do
  require Logger

  def run do
    IO.inspect Logger.configure(level: :error)
    IO.inspect Logger.level()
    IO.inspect Logger.info("filtered info")
    IO.inspect Logger.warning("filtered warning")
    IO.inspect Logger.debug(fn -> "lazy debug" end)
    IO.inspect Logger.compare_levels(:info, :error)
    IO.inspect Logger.compare_levels(:error, :info)
    IO.inspect Logger.compare_levels(:debug, :debug)
    IO.inspect Logger.configure_backend(:console, format: "$message\n")
    IO.puts "done"
  end
end

Main.run()
# CHECK: :ok
# CHECK-NEXT: :error
# CHECK-NEXT: :ok
# CHECK-NEXT: :ok
# CHECK-NEXT: :ok
# CHECK-NEXT: :lt
# CHECK-NEXT: :gt
# CHECK-NEXT: :eq
# CHECK-NEXT: :ok
# CHECK-NEXT: done
