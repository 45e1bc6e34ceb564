# Function: helpers on functions.
defmodule Function do
  def identity(value), do: value

  # :erlang.fun_info/1 is not a runtime BIF; the list is built from fun_info/2.
  def info(fun) do
    case :erlang.fun_info(fun, :type) do
      {:type, :external} ->
        for item <- [:module, :name, :arity, :env, :type], do: :erlang.fun_info(fun, item)

      {:type, :local} ->
        items = [:pid, :module, :new_index, :new_uniq, :index, :uniq, :name, :arity, :env, :type]
        for item <- items, do: :erlang.fun_info(fun, item)
    end
  end

  def info(fun, item) when is_atom(item), do: :erlang.fun_info(fun, item)

  # A function of `arity` arguments that calls module.function (Elixir builds an external
  # fun with :erlang.make_fun/3, which the runtime does not have; this one behaves the same
  # when called but inspects as an anonymous function).
  def capture(module, function, arity)
      when is_atom(module) and is_atom(function) and is_integer(arity) and arity >= 0 do
    case arity do
      0 -> fn -> apply(module, function, []) end
      1 -> fn a -> apply(module, function, [a]) end
      2 -> fn a, b -> apply(module, function, [a, b]) end
      3 -> fn a, b, c -> apply(module, function, [a, b, c]) end
      4 -> fn a, b, c, d -> apply(module, function, [a, b, c, d]) end
      5 -> fn a, b, c, d, e -> apply(module, function, [a, b, c, d, e]) end
      6 -> fn a, b, c, d, e, f -> apply(module, function, [a, b, c, d, e, f]) end
      7 -> fn a, b, c, d, e, f, g -> apply(module, function, [a, b, c, d, e, f, g]) end
      8 -> fn a, b, c, d, e, f, g, h -> apply(module, function, [a, b, c, d, e, f, g, h]) end
    end
  end
end
