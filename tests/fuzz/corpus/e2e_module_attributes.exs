defmodule Conf do
  @limit 3
  @names ["a", "b"]
  def limit, do: @limit
  def names, do: @names
  @limit 5
  def later, do: @limit
end
IO.inspect({Conf.limit(), Conf.names(), Conf.later()})
