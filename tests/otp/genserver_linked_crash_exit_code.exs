# RUN: not %athanor run %s > %t.out
# RUN: FileCheck --input-file %t.out %s
# A crash in a linked GenServer takes the (non-trapping) main process down: exit code 1,
# with everything printed before kept.
Logger.configure_backend(:console, device: :standard_error)
defmodule Bomb do
  use GenServer
  def init(_), do: {:ok, nil}
  def handle_cast(:explode, _), do: raise("kaboom")
  def handle_call(:ping, _from, s), do: {:reply, :pong, s}
end

{:ok, pid} = GenServer.start_link(Bomb, nil)
IO.inspect(GenServer.call(pid, :ping))
GenServer.cast(pid, :explode)
Process.sleep(500)
IO.puts("never printed")

# CHECK: :pong
