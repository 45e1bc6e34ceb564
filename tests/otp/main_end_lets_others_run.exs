# RUN: %athanor run %s | FileCheck %s
# When the script ends, processes that can still run run before the program halts, as
# under `elixir script.exs`: here a receiver just sent a message casts to a GenServer,
# which prints and spawns a process that prints. Processes waiting for a timer or a
# message do not keep the program alive.
defmodule Printer do
  use GenServer
  def init(:ok), do: {:ok, 0}

  def handle_cast({:print, text}, n) do
    IO.puts("printer: #{text}")
    spawn(fn -> IO.puts("spawned by the printer") end)
    {:noreply, n + 1}
  end
end

{:ok, printer} = GenServer.start_link(Printer, :ok)

receiver =
  spawn(fn ->
    receive do
      msg ->
        IO.puts("receiver got #{msg}")
        GenServer.cast(printer, {:print, msg})
    end
  end)

spawn(fn -> Process.sleep(5000); IO.puts("never printed") end)
spawn(fn -> receive do :never -> :ok end end)
IO.puts("main done")
send(receiver, "hello")

# CHECK: main done
# CHECK-NEXT: receiver got hello
# CHECK-NEXT: printer: hello
# CHECK-NEXT: spawned by the printer
