# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
defmodule Life do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)

  @impl true
  def init(:fail), do: {:stop, :init_failed}
  def init(:ignore), do: :ignore
  def init({:timeout, ms}), do: {:ok, :waiting, ms}
  def init(arg) do
    Process.flag(:trap_exit, true)
    {:ok, %{arg: arg, infos: []}}
  end

  @impl true
  def handle_call(:state, _from, s), do: {:reply, s, s}
  def handle_call(:stop_me, _from, s), do: {:stop, :normal, :stopping, s}
  def handle_call(:crash, _from, _s), do: raise("crash in call")
  def handle_call(:noreply, from, s) do
    Process.send_after(self(), {:late_reply, from}, 20)
    {:noreply, s}
  end

  @impl true
  def handle_cast({:stop, reason}, s), do: {:stop, reason, s}

  @impl true
  def handle_info(:timeout, :waiting) do
    IO.puts("got init timeout")
    {:noreply, :timed_out}
  end
  def handle_info({:late_reply, from}, s) do
    GenServer.reply(from, :late_ok)
    {:noreply, s}
  end
  def handle_info(msg, %{infos: i} = s), do: {:noreply, %{s | infos: [msg | i]}}

  @impl true
  def terminate({e, st}, _s) when is_list(st) do
    IO.puts("terminate with exception: #{inspect(e)}")
  end
  def terminate(reason, _s) do
    IO.puts("terminate: #{inspect(reason)}")
    :ok
  end
end

Process.flag(:trap_exit, true)
IO.inspect(Life.start_link(:fail))
receive do
  {:EXIT, _, r} -> IO.inspect(r, label: "EXIT from failed init")
after 500 -> IO.puts("no EXIT")
end
IO.inspect(Life.start_link(:ignore))

{:ok, t} = Life.start_link({:timeout, 30})
Process.sleep(100)
IO.inspect(GenServer.call(t, :state))

{:ok, p} = Life.start_link(:normal_arg)
send(p, :hello)
send(p, {:data, 1})
IO.inspect(GenServer.call(p, :state))
IO.inspect(GenServer.call(p, :noreply))
IO.inspect(GenServer.call(p, :stop_me))
receive do
  {:EXIT, ^p, r} -> IO.inspect(r, label: "EXIT after stop")
end
IO.inspect(Process.alive?(p))

{:ok, p2} = Life.start_link(:x)
GenServer.cast(p2, {:stop, {:shutdown, :requested}})
receive do
  {:EXIT, ^p2, r} -> IO.inspect(r, label: "EXIT after cast stop")
end

{:ok, p3} = Life.start_link(:y)
r = try do
  GenServer.call(p3, :crash)
catch
  :exit, reason -> {:caught_exit, elem(reason, 0) |> elem(0)}
end
IO.inspect(r)
receive do
  {:EXIT, ^p3, {%RuntimeError{message: m}, _}} -> IO.inspect(m, label: "EXIT after crash")
end

{:ok, p4} = Life.start_link(:z)
IO.inspect(GenServer.stop(p4))
receive do
  {:EXIT, ^p4, r} -> IO.inspect(r, label: "EXIT after GenServer.stop")
end
{:ok, p5} = Life.start_link(:w)
IO.inspect(GenServer.stop(p5, :custom))
receive do
  {:EXIT, ^p5, r} -> IO.inspect(r, label: "EXIT after stop custom")
end

# CHECK: {:error, :init_failed}
# CHECK-NEXT: EXIT from failed init: :init_failed
# CHECK-NEXT: :ignore
# CHECK-NEXT: got init timeout
# CHECK-NEXT: :timed_out
# CHECK-NEXT: %{arg: :normal_arg, infos: [{:data, 1}, :hello]}
# CHECK-NEXT: :late_ok
# CHECK-NEXT: terminate: :normal
# CHECK-NEXT: :stopping
# CHECK-NEXT: EXIT after stop: :normal
# CHECK-NEXT: false
# CHECK-NEXT: terminate: {:shutdown, :requested}
# CHECK-NEXT: EXIT after cast stop: {:shutdown, :requested}
# CHECK-NEXT: terminate with exception: %RuntimeError{message: "crash in call"}
# CHECK-NEXT: {:caught_exit, %RuntimeError{message: "crash in call"}}
# CHECK-NEXT: EXIT after crash: "crash in call"
# CHECK-NEXT: terminate: :normal
# CHECK-NEXT: :ok
# CHECK-NEXT: EXIT after GenServer.stop: :normal
# CHECK-NEXT: terminate: :custom
# CHECK-NEXT: :ok
# CHECK-NEXT: EXIT after stop custom: :custom
