# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
defmodule Adv do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  @impl true
  def init(arg), do: {:ok, %{arg: arg, log: []}, {:continue, :warmup}}
  @impl true
  def handle_continue(:warmup, s), do: {:noreply, log(s, :warmed_up)}
  def handle_continue({:after_call, x}, s), do: {:noreply, log(s, {:continued, x})}
  @impl true
  def handle_call(:log, _from, s), do: {:reply, Enum.reverse(s.log), s}
  def handle_call({:with_continue, x}, _from, s), do: {:reply, :ok, s, {:continue, {:after_call, x}}}
  def handle_call(:with_timeout, _from, s), do: {:reply, :armed, s, 30}
  def handle_call(:hibernate, _from, s), do: {:reply, :zzz, s, :hibernate}
  def handle_call({:delegate, worker}, from, s) do
    send(worker, {:please_reply, from})
    {:noreply, log(s, :delegated)}
  end
  def handle_call(:self_call, _from, s) do
    r = try do
      GenServer.call(self(), :log, 100)
    catch
      :exit, {reason, _} -> {:exit, reason}
    end
    {:reply, r, s}
  end
  @impl true
  def handle_cast({:push, x}, s), do: {:noreply, log(s, {:pushed, x}), {:continue, {:after_call, :cast}}}
  @impl true
  def handle_info(:timeout, s), do: {:noreply, log(s, :got_timeout)}
  def handle_info(other, s), do: {:noreply, log(s, {:info, other})}
  defp log(s, e), do: %{s | log: [e | s.log]}
end
{:ok, p} = Adv.start_link(:a)
IO.inspect(GenServer.call(p, :log))
IO.inspect(GenServer.call(p, {:with_continue, 1}))
IO.inspect(GenServer.call(p, :log))
IO.inspect(GenServer.call(p, :with_timeout))
Process.sleep(100)
IO.inspect(GenServer.call(p, :log) |> List.last())
IO.inspect(GenServer.call(p, :hibernate))
GenServer.cast(p, {:push, 9})
send(p, :raw_message)
IO.inspect(GenServer.call(p, :log) |> Enum.take(-3))
worker = spawn(fn ->
  receive do
    {:please_reply, from} -> GenServer.reply(from, :replied_by_worker)
  end
end)
IO.inspect(GenServer.call(p, {:delegate, worker}))
IO.inspect(GenServer.call(p, :self_call))
IO.inspect(GenServer.call(p, :log) |> length())
{:ok, p2} = GenServer.start_link(Adv, :b, name: {:global, :adv_global})
IO.inspect(GenServer.call({:global, :adv_global}, :log))
IO.inspect(GenServer.whereis({:global, :adv_global}) == p2)

# CHECK: [:warmed_up]
# CHECK-NEXT: :ok
# CHECK-NEXT: [:warmed_up, {:continued, 1}]
# CHECK-NEXT: :armed
# CHECK-NEXT: :got_timeout
# CHECK-NEXT: :zzz
# CHECK-NEXT: [pushed: 9, continued: :cast, info: :raw_message]
# CHECK-NEXT: :replied_by_worker
# CHECK-NEXT: {:exit, :calling_self}
# CHECK-NEXT: 7
# CHECK-NEXT: [:warmed_up]
# CHECK-NEXT: true
