# RUN: %athanor run %s | FileCheck %s
# :erlang.start_timer/3,4 send {:timeout, ref, msg} (the ref is the timer's, so it can be
# read and cancelled); :erlang.spawn_opt/2,4 and Process.spawn/2,4 honour :link and
# :monitor, also both at once; process_info/1, yield/0 and send_nosuspend/2 exist.
defmodule Ticker do
  use GenServer
  def init(n), do: {:ok, {n, :erlang.start_timer(5, self(), :tick)}}

  def handle_info({:timeout, ref, :tick}, {n, ref}) when n > 1 do
    IO.puts("tick #{n}")
    {:noreply, {n - 1, :erlang.start_timer(5, self(), :tick)}}
  end

  def handle_info({:timeout, _ref, :tick}, {1, _}) do
    IO.puts("last tick")
    {:stop, :normal, nil}
  end
end

defmodule Timers do
  def run do
    ref = :erlang.start_timer(10, self(), :ping)
    receive do
      {:timeout, ^ref, msg} -> IO.inspect(msg, label: "timeout message")
    end

    ref = :erlang.start_timer(50, self(), :never)
    IO.inspect(is_integer(:erlang.read_timer(ref)))
    IO.inspect(is_integer(:erlang.cancel_timer(ref)))
    receive do
      {:timeout, _, :never} -> IO.puts("cancelled timer fired")
    after
      80 -> IO.puts("cancelled")
    end

    {:ok, pid} = GenServer.start(Ticker, 3)
    ref = Process.monitor(pid)
    receive do
      {:DOWN, ^ref, _, _, r} -> IO.inspect(r)
    end

    r = :erlang.start_timer(10, self(), :abs, abs: false)
    receive do
      {:timeout, ^r, :abs} -> IO.puts("start_timer/4")
    end

    IO.inspect(try do :erlang.start_timer(-1, self(), :x) rescue e -> e.__struct__ end)
  end
end

defmodule Spawns do
  def await(pid, ref) do
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r, label: "down")
    end
  end

  def await_exit(pid) do
    receive do
      {:EXIT, ^pid, r} -> IO.inspect(r, label: "exit")
    end
  end

  def run do
    Process.flag(:trap_exit, true)
    {pid, ref} = Process.spawn(fn -> exit(:both) end, [:link, :monitor])
    await(pid, ref)
    await_exit(pid)
    {pid, ref} = :erlang.spawn_opt(fn -> exit(:mon) end, [:monitor])
    await(pid, ref)
    pid = :erlang.spawn_opt(fn -> exit(:lnk) end, [:link, {:priority, :high}])
    await_exit(pid)
    :erlang.spawn_opt(IO, :puts, ["mfa opt"], [])
    Process.sleep(10)
    {pid, ref} = Process.spawn(Kernel, :exit, [:mfa_both], [:link, :monitor])
    await(pid, ref)
    await_exit(pid)
    IO.inspect(:erlang.yield())
    IO.inspect(:erlang.send_nosuspend(self(), :m))
    receive do
      :m -> IO.puts("got m")
    end
    IO.inspect(Keyword.get(:erlang.process_info(self()), :trap_exit))
    IO.inspect(:erlang.process_info(pid))
  end
end

Timers.run()
Spawns.run()

# CHECK: timeout message: :ping
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: cancelled
# CHECK-NEXT: tick 3
# CHECK-NEXT: tick 2
# CHECK-NEXT: last tick
# CHECK-NEXT: :normal
# CHECK-NEXT: start_timer/4
# CHECK-NEXT: ArgumentError
# CHECK-NEXT: down: :both
# CHECK-NEXT: exit: :both
# CHECK-NEXT: down: :mon
# CHECK-NEXT: exit: :lnk
# CHECK-NEXT: mfa opt
# CHECK-NEXT: down: :mfa_both
# CHECK-NEXT: exit: :mfa_both
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: got m
# CHECK-NEXT: true
# CHECK-NEXT: :undefined
