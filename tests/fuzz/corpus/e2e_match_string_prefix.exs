defmodule Cmd do
  def parse("get " <> key), do: {:get, key}
  def parse("set " <> rest), do: {:set, rest}
  def parse(other), do: {:unknown, other}
end
IO.inspect(Cmd.parse("get a"))
IO.inspect(Cmd.parse("set b 1"))
IO.inspect(Cmd.parse("del"))
