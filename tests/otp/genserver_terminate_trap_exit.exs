# RUN: %athanor run %s | FileCheck %s
# terminate/2 runs on an exit signal from the parent only when the server traps exits;
# other processes' exits reach handle_info/2 as {:EXIT, pid, reason}.
defmodule Trapper do
  use GenServer
  def init({trap, report_to}) do
    Process.flag(:trap_exit, trap)
    {:ok, report_to}
  end
  def handle_call({:link_to, pid}, _from, s) do
    Process.link(pid)
    {:reply, :ok, s}
  end
  def handle_info(msg, report_to) do
    send(report_to, {:info, msg})
    {:noreply, report_to}
  end
  def terminate(reason, report_to) do
    send(report_to, {:terminate, reason})
  end
end

defmodule Main do
  def start_under(trap) do
    me = self()
    parent =
      spawn(fn ->
        {:ok, pid} = GenServer.start_link(Trapper, {trap, me})
        send(me, {:server, pid})
        receive do
          :stop -> exit(:shutdown)
        end
      end)
    receive do
      {:server, pid} -> {parent, pid}
    end
  end

  def run do
    {parent, pid} = start_under(true)
    ref = Process.monitor(pid)
    send(parent, :stop)
    receive do
      {:terminate, reason} -> IO.inspect(reason, label: "trapping server terminate")
    end
    receive do
      {:DOWN, ^ref, _, _, reason} -> IO.inspect(reason, label: "down")
    end

    {parent, pid} = start_under(false)
    ref = Process.monitor(pid)
    send(parent, :stop)
    receive do
      {:terminate, reason} -> IO.inspect(reason, label: "unexpected terminate")
      {:DOWN, ^ref, _, _, reason} -> IO.inspect(reason, label: "non-trapping server down")
    end

    {_parent, pid} = start_under(true)
    other = spawn(fn -> receive do :die -> exit(:other_reason) end end)
    :ok = GenServer.call(pid, {:link_to, other})
    send(other, :die)
    receive do
      {:info, {:EXIT, ^other, reason}} -> IO.inspect(reason, label: "handle_info got EXIT")
    end
    IO.inspect(Process.alive?(pid), label: "server alive")
  end
end

Main.run()

# CHECK: trapping server terminate: :shutdown
# CHECK-NEXT: down: :shutdown
# CHECK-NEXT: non-trapping server down: :shutdown
# CHECK-NEXT: handle_info got EXIT: :other_reason
# CHECK-NEXT: server alive: true
