# RUN: %athanor run %s | FileCheck %s
# The periodic-work pattern: handle_info/2 reschedules itself with Process.send_after/3;
# a cancelled timer's message never arrives.
defmodule Ticker do
  use GenServer
  def start_link(every), do: GenServer.start_link(__MODULE__, every, name: __MODULE__)
  def count, do: GenServer.call(__MODULE__, :count, :infinity)
  def pause, do: GenServer.call(__MODULE__, :pause)

  @impl true
  def init(every) do
    timer = Process.send_after(self(), :tick, every)
    {:ok, %{every: every, ticks: 0, timer: timer}}
  end

  @impl true
  def handle_info(:tick, s) do
    timer = if s.ticks + 1 < 5, do: Process.send_after(self(), :tick, s.every), else: nil
    {:noreply, %{s | ticks: s.ticks + 1, timer: timer}}
  end

  @impl true
  def handle_call(:count, _from, s), do: {:reply, s.ticks, s}
  def handle_call(:pause, _from, s) do
    if s.timer, do: Process.cancel_timer(s.timer)
    {:reply, :paused, %{s | timer: nil}}
  end
end

{:ok, _} = Ticker.start_link(10)
Process.sleep(200)
IO.inspect(Ticker.count(), label: "ticks after 200ms")
{:ok, pid} = GenServer.start_link(Ticker, 1000)
IO.inspect(GenServer.call(pid, :pause))
Process.sleep(50)
IO.inspect(GenServer.call(pid, :count), label: "paused ticker")

# CHECK: ticks after 200ms: 5
# CHECK-NEXT: :paused
# CHECK-NEXT: paused ticker: 0
