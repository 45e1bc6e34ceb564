# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: FileCheck --match-full-lines --input-file %t.out %s
Logger.configure_backend(:console, device: :standard_error)
defmodule Fragile do
  use GenServer
  def start, do: GenServer.start(__MODULE__, [], name: __MODULE__)
  def init(s), do: {:ok, s}
  def handle_call({:div, a, b}, _from, s), do: {:reply, div(a, b), [a | s]}
  def handle_call(:log, _from, s), do: {:reply, Enum.reverse(s), s}
end
{:ok, pid} = Fragile.start()
IO.inspect(GenServer.call(Fragile, {:div, 10, 3}))
IO.inspect(GenServer.call(Fragile, :log))
defmodule Down do
  def wait(ref, pid) do
    receive do
      {:DOWN, ^ref, :process, ^pid, {reason, _}} -> IO.inspect(reason, label: "down")
    end
  end
end
ref = Process.monitor(pid)
result = try do
  GenServer.call(Fragile, {:div, 1, 0})
catch
  :exit, {{:badarith, _stack}, {GenServer, :call, [Fragile, {:div, 1, 0}, 5000]}} -> :server_crashed_badarith
end
IO.inspect(result)
Down.wait(ref, pid)
IO.inspect(Process.whereis(Fragile))
{:ok, _} = Fragile.start()
IO.puts("calling again without catch")
GenServer.call(Fragile, {:div, 5, 0})
IO.puts("unreachable")

# CHECK: 3
# CHECK-NEXT: '\n'
# CHECK-NEXT: :server_crashed_badarith
# CHECK-NEXT: down: :badarith
# CHECK-NEXT: nil
# CHECK-NEXT: calling again without catch
