# RUN: %athanor run %s 2>/dev/null | FileCheck %s
# GenServer.call (and so Agent, supervisors), :ets and Registry calls from a process with
# many unrelated queued messages: the reply receive skips the messages queued before the
# call (OTP's receive marker), so 20,000 calls past 20,000 queued messages stay fast, and
# the queued messages are left in order. A call to a dead server still sees its DOWN.
Logger.configure_backend(:console, device: :standard_error)
defmodule Counter do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:inc, _from, n), do: {:reply, n + 1, n + 1}
  def handle_call(:crash, _from, _n), do: exit(:crashed)
end

defmodule Main do
  def run do
    for i <- 1..20_000, do: send(self(), {:noise, i})
    {:ok, c} = GenServer.start(Counter, 0)
    IO.inspect(Enum.reduce(1..20_000, 0, fn _, _ -> GenServer.call(c, :inc) end), label: "calls")
    {:ok, a} = Agent.start(fn -> 0 end)
    for _ <- 1..5_000, do: Agent.update(a, &(&1 + 1))
    IO.inspect(Agent.get(a, & &1), label: "agent")
    t = :ets.new(:t, [:set])
    for i <- 1..5_000, do: :ets.insert(t, {i, i})
    IO.inspect(:ets.info(t, :size), label: "ets")
    {:ok, _} = Registry.start_link(keys: :unique, name: Reg)
    for i <- 1..2_000, do: Registry.register(Reg, i, nil)
    IO.inspect(Registry.count(Reg), label: "registry")

    dead = spawn(fn -> :ok end)
    Process.sleep(10)
    IO.inspect(catch_exit(fn -> GenServer.call(dead, :inc) end), label: "dead server")
    IO.inspect(catch_exit(fn -> GenServer.call(c, :crash) end), label: "crashing server")
    IO.inspect(catch_exit(fn -> GenServer.call(spawn(fn -> Process.sleep(1000) end), :x, 50) end), label: "timeout")

    {:messages, msgs} = Process.info(self(), :messages)
    IO.inspect(length(msgs), label: "still queued")
    IO.inspect(msgs == for(i <- 1..20_000, do: {:noise, i}), label: "in order")
  end

  def catch_exit(f) do
    try do
      f.()
    catch
      :exit, {reason, {GenServer, :call, _}} -> reason
    end
  end
end

Main.run()

# CHECK: calls: 20000
# CHECK-NEXT: agent: 5000
# CHECK-NEXT: ets: 5000
# CHECK-NEXT: registry: 2000
# CHECK-NEXT: dead server: :noproc
# CHECK-NEXT: crashing server: :crashed
# CHECK-NEXT: timeout: :timeout
# CHECK-NEXT: still queued: 20000
# CHECK-NEXT: in order: true
