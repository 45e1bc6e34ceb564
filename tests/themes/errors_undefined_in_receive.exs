# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: test -s %t.err
# RUN: not test -s %t.out
# Must be rejected: `reply` is used in the receive body but never bound.
defmodule Ping do
  def wait do
    receive do
      {:pong, _value} -> reply
    after
      100 -> :timeout
    end
  end
end

send(self(), {:pong, 1})
IO.inspect(Ping.wait())
