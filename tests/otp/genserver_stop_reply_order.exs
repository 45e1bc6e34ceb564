# RUN: %athanor run %s | FileCheck %s
# {:stop, reason, reply, state}: terminate/2 runs before the caller receives the reply;
# {:stop, reason, state} from a cast; GenServer.stop/3 with a reason.
Logger.configure_backend(:console, device: :standard_error)
defmodule Stopper do
  use GenServer
  def init(parent), do: {:ok, parent}
  def handle_call(:stop_now, _from, parent), do: {:stop, :normal, :stopping, parent}
  def handle_cast(:stop_cast, parent), do: {:stop, {:shutdown, :asked}, parent}
  def terminate(reason, parent) do
    send(parent, {:terminated, reason})
    :ok
  end
end

defmodule Main do
  def run do
    {:ok, pid} = GenServer.start(Stopper, self())
    reply = GenServer.call(pid, :stop_now)
    receive do
      {:terminated, reason} -> IO.inspect({:terminate_first, reason})
    after
      0 -> IO.puts("terminate had not run before the reply")
    end
    IO.inspect(reply)

    {:ok, pid} = GenServer.start(Stopper, self())
    ref = Process.monitor(pid)
    GenServer.cast(pid, :stop_cast)
    receive do
      {:terminated, reason} -> IO.inspect(reason, label: "terminate")
    end
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "down")
    end

    {:ok, pid} = GenServer.start(Stopper, self())
    IO.inspect(GenServer.stop(pid, :custom_reason), label: "stop")
    receive do
      {:terminated, reason} -> IO.inspect(reason, label: "terminate")
    end
    IO.inspect(Process.alive?(pid))
  end
end

Main.run()

# CHECK: {:terminate_first, :normal}
# CHECK-NEXT: :stopping
# CHECK-NEXT: terminate: {:shutdown, :asked}
# CHECK-NEXT: down: {:shutdown, :asked}
# CHECK-NEXT: stop: :ok
# CHECK-NEXT: terminate: :custom_reason
# CHECK-NEXT: false
