# Access: key-based access to maps, keyword lists and nil (data[key]), the accessor functions
# for get_in/put_in/update_in/get_and_update_in/pop_in (key/2, key!/1, elem/1, at/1, at!/1,
# all/0, filter/1, slice/1), and structs that implement the Access behaviour (fetch/2,
# get_and_update/3, pop/2).
defmodule Access do
  # ---- containers ----

  def fetch(%{__struct__: module} = container, key) do
    struct_callback(module, :fetch, 2)
    module.fetch(container, key)
  end

  def fetch(map, key) when is_map(map) do
    case map do
      %{^key => value} -> {:ok, value}
      _ -> :error
    end
  end

  def fetch(list, key) when is_list(list) and is_atom(key) do
    case :lists.keyfind(key, 1, list) do
      {_, value} -> {:ok, value}
      false -> :error
    end
  end

  def fetch(list, key) when is_list(list), do: raise_keyword_key(key)
  def fetch(nil, _key), do: :error

  def fetch!(container, key) do
    case fetch(container, key) do
      {:ok, value} -> value
      :error -> raise KeyError, key: key, term: container
    end
  end

  def get(container, key, default \\ nil)

  def get(%{__struct__: module} = container, key, default) do
    struct_callback(module, :fetch, 2)

    case module.fetch(container, key) do
      {:ok, value} -> value
      :error -> default
    end
  end

  def get(map, key, default) when is_map(map) do
    case map do
      %{^key => value} -> value
      _ -> default
    end
  end

  def get(list, key, default) when is_list(list) and is_atom(key) do
    case :lists.keyfind(key, 1, list) do
      {_, value} -> value
      false -> default
    end
  end

  def get(list, key, _default) when is_list(list), do: raise_keyword_key(key)
  def get(nil, _key, default), do: default

  def get_and_update(%{__struct__: module} = container, key, fun) do
    struct_callback(module, :get_and_update, 3)
    module.get_and_update(container, key, fun)
  end

  def get_and_update(map, key, fun) when is_map(map), do: Map.get_and_update(map, key, fun)
  def get_and_update(list, key, fun) when is_list(list), do: Keyword.get_and_update(list, key, fun)

  def get_and_update(nil, key, _fun) do
    raise ArgumentError, "could not put/update key #{inspect(key)} on a nil value"
  end

  def pop(%{__struct__: module} = container, key) do
    struct_callback(module, :pop, 2)
    module.pop(container, key)
  end

  def pop(map, key) when is_map(map), do: Map.pop(map, key)
  def pop(list, key) when is_list(list), do: Keyword.pop(list, key)

  def pop(nil, key) do
    raise ArgumentError, "could not pop key #{inspect(key)} on a nil value"
  end

  defp raise_keyword_key(key) do
    raise ArgumentError,
          "the Access calls for keywords expect the key to be an atom, got: " <> inspect(key)
  end

  defp struct_callback(module, fun, arity) do
    if :erlang.function_exported(module, fun, arity) do
      :ok
    else
      raise UndefinedFunctionError,
        module: module,
        function: fun,
        arity: arity,
        message:
          "function #{inspect(module)}.#{fun}/#{arity} is undefined (#{inspect(module)} does not " <>
            "implement the Access behaviour. If you are using get_in/put_in/update_in, you can " <>
            "specify the field to be accessed using Access.key!/1)"
    end
  end

  # ---- accessors: fn(:get | :get_and_update, data, next) ----

  def key(key, default \\ nil) do
    fn
      :get, data, next ->
        next.(Map.get(data, key, default))

      :get_and_update, data, next ->
        value = Map.get(data, key, default)

        case next.(value) do
          {get, update} -> {get, Map.put(data, key, update)}
          :pop -> {value, Map.delete(data, key)}
        end
    end
  end

  def key!(key) do
    fn
      :get, %{} = data, next ->
        case data do
          %{^key => value} -> next.(value)
          _ -> raise KeyError, key: key, term: data
        end

      :get_and_update, %{} = data, next ->
        case data do
          %{^key => value} ->
            case next.(value) do
              {get, update} -> {get, :maps.put(key, update, data)}
              :pop -> {value, :maps.remove(key, data)}
            end

          _ ->
            raise KeyError, key: key, term: data
        end

      _op, data, _next ->
        raise "Access.key!/1 expected a map/struct, got: #{inspect(data)}"
    end
  end

  def elem(index) when is_integer(index) and index >= 0 do
    pos = index + 1

    fn
      :get, data, next when is_tuple(data) ->
        next.(:erlang.element(pos, data))

      :get_and_update, data, next when is_tuple(data) ->
        value = :erlang.element(pos, data)

        case next.(value) do
          {get, update} -> {get, :erlang.setelement(pos, data, update)}
          :pop -> raise "cannot pop data from a tuple"
        end

      _op, data, _next ->
        raise "Access.elem/1 expected a tuple, got: #{inspect(data)}"
    end
  end

  def at(index) when is_integer(index), do: at_accessor(index, "Access.at/1", false)
  def at!(index) when is_integer(index), do: at_accessor(index, "Access.at!/1", true)

  defp at_accessor(index, name, strict) do
    fn
      :get, data, next when is_list(data) ->
        case Enum.fetch(data, index) do
          {:ok, value} -> next.(value)
          :error when strict -> raise Enum.OutOfBoundsError
          :error -> next.(nil)
        end

      :get_and_update, data, next when is_list(data) ->
        i = if index < 0, do: length(data) + index, else: index

        if i < 0 do
          if strict, do: raise(Enum.OutOfBoundsError), else: {nil, data}
        else
          update_at(data, i, next, [], strict)
        end

      _op, data, _next ->
        raise "#{name} expected a list, got: #{inspect(data)}"
    end
  end

  defp update_at([h | t], 0, next, acc, _strict) do
    case next.(h) do
      {get, update} -> {get, :lists.reverse(acc, [update | t])}
      :pop -> {h, :lists.reverse(acc, t)}
    end
  end

  defp update_at([h | t], i, next, acc, strict), do: update_at(t, i - 1, next, [h | acc], strict)
  defp update_at([], _i, _next, _acc, true), do: raise(Enum.OutOfBoundsError)
  defp update_at([], _i, _next, acc, false), do: {nil, :lists.reverse(acc)}

  def all() do
    fn
      :get, data, next when is_list(data) ->
        Enum.map(data, next)

      :get_and_update, data, next when is_list(data) ->
        update_matching(data, fn _ -> true end, next, [], [])

      _op, data, _next ->
        raise "Access.all/0 expected a list, got: #{inspect(data)}"
    end
  end

  def filter(func) when is_function(func) do
    fn
      :get, data, next when is_list(data) ->
        data |> Enum.filter(func) |> Enum.map(next)

      :get_and_update, data, next when is_list(data) ->
        update_matching(data, func, next, [], [])

      _op, data, _next ->
        raise "Access.filter/1 expected a list, got: #{inspect(data)}"
    end
  end

  # Runs next on each element for which pred holds: {gets, updated_list}; :pop removes it.
  defp update_matching([h | t], pred, next, gets, acc) do
    if pred.(h) do
      case next.(h) do
        {get, update} -> update_matching(t, pred, next, [get | gets], [update | acc])
        :pop -> update_matching(t, pred, next, [h | gets], acc)
      end
    else
      update_matching(t, pred, next, gets, [h | acc])
    end
  end

  defp update_matching([], _pred, _next, gets, acc), do: {:lists.reverse(gets), :lists.reverse(acc)}

  def slice(%{__struct__: Range} = range) do
    fn
      :get, data, next when is_list(data) ->
        data |> Enum.slice(range) |> Enum.map(next)

      :get_and_update, data, next when is_list(data) ->
        indices = Enum.slice(Range.new(0, length(data) - 1, 1), range)
        wanted = :maps.from_keys(indices, true)
        {gets, updated, _} = update_slice(data, wanted, next, [], [], 0)
        {gets, updated}

      _op, data, _next ->
        raise ArgumentError, "Access.slice/1 expected a list, got: #{inspect(data)}"
    end
  end

  defp update_slice([h | t], wanted, next, gets, acc, i) do
    case wanted do
      %{^i => true} ->
        case next.(h) do
          {get, update} -> update_slice(t, wanted, next, [get | gets], [update | acc], i + 1)
          :pop -> update_slice(t, wanted, next, [h | gets], acc, i + 1)
        end

      _ ->
        update_slice(t, wanted, next, gets, [h | acc], i + 1)
    end
  end

  defp update_slice([], _wanted, _next, gets, acc, i),
    do: {:lists.reverse(gets), :lists.reverse(acc), i}

  # ---- helpers for the compiler's lowering of put_in/update_in paths (data[key] steps) ----

  @doc false
  def __put__(container, key, value),
    do: :erlang.element(2, get_and_update(container, key, fn _ -> {nil, value} end))

  @doc false
  def __delete__(container, key), do: :erlang.element(2, pop(container, key))
end
