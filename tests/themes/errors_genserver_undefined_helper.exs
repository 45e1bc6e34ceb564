# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: test -s %t.err
# RUN: not test -s %t.out
# Must be rejected: handle_call uses format_reply/1, which is never defined.
defmodule Counter do
  use GenServer
  def start_link(n), do: GenServer.start_link(__MODULE__, n)
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, format_reply(n), n}
end

{:ok, pid} = Counter.start_link(1)
IO.puts("started")
IO.inspect(GenServer.call(pid, :get))
