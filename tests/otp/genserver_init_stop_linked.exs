# RUN: %athanor run %s | FileCheck %s
# init/1 returning {:stop, reason}: start_link returns {:error, reason}; a trapping caller
# also gets the {:EXIT, pid, reason} message, a non-trapping caller is taken down.
defmodule Refuses do
  use GenServer
  def init(reason), do: {:stop, reason}
end

defmodule Main do
  def run do
    Process.flag(:trap_exit, true)
    {:error, :nope} = GenServer.start_link(Refuses, :nope)
    receive do
      {:EXIT, _pid, reason} -> IO.inspect(reason, label: "trapped exit")
    after
      500 -> IO.puts("no exit message")
    end

    {:error, :normal} = GenServer.start_link(Refuses, :normal)
    receive do
      {:EXIT, _pid, reason} -> IO.inspect(reason, label: "trapped exit")
    after
      500 -> IO.puts("no exit message")
    end

    parent = self()
    middle =
      spawn(fn ->
        result = GenServer.start_link(Refuses, :init_failed)
        send(parent, {:middle_got, result})
        Process.sleep(1000)
        send(parent, :middle_survived)
      end)

    ref = Process.monitor(middle)
    receive do
      {:middle_got, result} -> IO.inspect(result, label: "middle got")
    end
    receive do
      {:DOWN, ^ref, :process, ^middle, reason} -> IO.inspect(reason, label: "middle went down")
      :middle_survived -> IO.puts("middle survived")
    end
  end
end

Main.run()

# CHECK: trapped exit: :nope
# CHECK-NEXT: trapped exit: :normal
# CHECK-NEXT: middle got: {:error, :init_failed}
# CHECK-NEXT: middle went down: :init_failed
