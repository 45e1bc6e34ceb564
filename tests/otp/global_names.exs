# RUN: %athanor run %s | FileCheck %s
# :global on one node: register_name/unregister_name/whereis_name/send/registered_names,
# shared with GenServer's {:global, name} names and usable as a {:via, :global, name}
# module.
defmodule Echo do
  use GenServer
  def init(tag), do: {:ok, tag}
  def handle_call(:tag, _from, tag), do: {:reply, tag, tag}
end

defmodule Main do
  def run do
    IO.inspect(:global.register_name(:main, self()))
    IO.inspect(:global.register_name(:main, spawn(fn -> :ok end)))
    IO.inspect(:global.whereis_name(:main) == self())
    IO.inspect(:global.whereis_name(:nobody))
    IO.inspect(:global.send(:main, :hello) == self())
    receive do
      :hello -> IO.puts("got hello")
    end

    {:ok, a} = GenServer.start_link(Echo, :a, name: {:global, :echo_a})
    {:ok, b} = GenServer.start_link(Echo, :b, name: {:via, :global, :echo_b})
    IO.inspect(:global.whereis_name(:echo_a) == a)
    IO.inspect(GenServer.call({:via, :global, :echo_a}, :tag))
    IO.inspect(GenServer.call({:global, :echo_b}, :tag))
    IO.inspect(GenServer.whereis({:global, :echo_b}) == b)
    IO.inspect(Enum.sort(:global.registered_names()))
    IO.inspect(:global.unregister_name(:main))
    IO.inspect(:global.whereis_name(:main))

    try do
      :global.send(:main, :again)
    catch
      :exit, reason -> IO.inspect(reason, label: "send to unknown")
    end

    ref = Process.monitor(b)
    GenServer.stop(b)
    receive do
      {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason)
    end
    IO.inspect(:global.whereis_name(:echo_b))
    IO.inspect(Enum.sort(:global.registered_names()))
  end
end

Main.run()

# CHECK: :yes
# CHECK-NEXT: :no
# CHECK-NEXT: true
# CHECK-NEXT: :undefined
# CHECK-NEXT: true
# CHECK-NEXT: got hello
# CHECK-NEXT: true
# CHECK-NEXT: :a
# CHECK-NEXT: :b
# CHECK-NEXT: true
# CHECK-NEXT: [:echo_a, :echo_b, :main]
# CHECK-NEXT: :ok
# CHECK-NEXT: :undefined
# CHECK-NEXT: send to unknown: {:badarg, {:main, :again}}
# CHECK-NEXT: :normal
# CHECK-NEXT: :undefined
# CHECK-NEXT: [:echo_a]
