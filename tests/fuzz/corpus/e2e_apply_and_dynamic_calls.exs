defmodule Dyn do
  def hello(name), do: "hello " <> name
end
mod = Dyn
IO.puts(mod.hello("a"))
IO.puts(apply(Dyn, :hello, ["b"]))
IO.puts(apply(mod, :hello, ["c"]))
IO.inspect(apply(fn a, b -> a - b end, [5, 3]))
IO.inspect(function_exported?(Dyn, :hello, 1))
IO.inspect(function_exported?(Dyn, :nope, 0))
