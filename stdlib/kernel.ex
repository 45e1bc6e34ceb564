# Kernel: the functions of Kernel that the compiler does not inline. Operators, guards and
# most of Kernel are compiler intrinsics or :erlang BIFs (compiler/core/LowerCall.cpp);
# what needs real code lives here.
defmodule Kernel do
  def inspect(term, opts \\ []), do: :athanor.inspect(term, opts)

  def then(value, fun), do: fun.(value)

  def tap(value, fun) do
    fun.(value)
    value
  end

  def to_charlist(term) when is_list(term), do: term
  def to_charlist(term), do: String.to_charlist(to_string(term))

  def struct(module_or_struct, fields \\ [])

  def struct(module, fields) when is_atom(module), do: struct(module.__struct__(), fields)

  def struct(%{} = struct, fields) do
    Enum.reduce(fields, struct, fn {key, value}, acc ->
      case :maps.is_key(key, acc) do
        true when key != :__struct__ -> :maps.put(key, value, acc)
        _ -> acc
      end
    end)
  end

  def struct!(module_or_struct, fields \\ [])

  def struct!(module, fields) when is_atom(module), do: struct!(module.__struct__(), fields)

  def struct!(%{__struct__: module} = struct, fields) do
    Enum.reduce(fields, struct, fn {key, value}, acc ->
      case :maps.is_key(key, acc) do
        true when key != :__struct__ ->
          :maps.put(key, value, acc)

        _ ->
          raise KeyError, key: key, term: module,
            message: "key #{inspect(key)} not found in: #{inspect(struct)}"
      end
    end)
  end

  # The value `raise x` raises when x is not known at compile time.
  def __exception_for_raise__(%{__exception__: true} = exception), do: exception
  def __exception_for_raise__(message) when is_binary(message), do: RuntimeError.exception(message)
  def __exception_for_raise__(module) when is_atom(module), do: module.exception([])

  def __exception_for_raise__(other) do
    ArgumentError.exception(
      "raise/1 and reraise/2 expect a module name, string or exception as the first argument, got: #{inspect(other)}"
    )
  end

  def get_in(data, []), do: data
  def get_in(data, [key | rest]), do: get_in(Access.get(data, key), rest)

  def put_in(_data, [], value), do: value

  def put_in(data, [key | rest], value) do
    Access.__put__(data, key, put_in(Access.get(data, key), rest, value))
  end

  def update_in(data, [key], fun), do: Access.__put__(data, key, fun.(Access.get(data, key)))

  def update_in(data, [key | rest], fun) do
    Access.__put__(data, key, update_in(Access.get(data, key), rest, fun))
  end

  def get_and_update_in(data, [key], fun) do
    case fun.(Access.get(data, key)) do
      {get, update} -> {get, Access.__put__(data, key, update)}
      :pop -> {Access.get(data, key), Access.__delete__(data, key)}
    end
  end

  def get_and_update_in(data, [key | rest], fun) do
    {get, inner} = get_and_update_in(Access.get(data, key), rest, fun)
    {get, Access.__put__(data, key, inner)}
  end

  def pop_in(data, keys) do
    get_and_update_in(data, keys, fn _ -> :pop end)
  end

  def binding(), do: []
end

defmodule Access do
  def get(container, key, default \\ nil)
  def get(%{__struct__: module} = struct, key, default) do
    raise UndefinedFunctionError,
      module: module, function: :fetch, arity: 2,
      message: "function #{inspect(module)}.fetch/2 is undefined (#{inspect(module)} does not implement the Access behaviour)"
    struct || key || default
  end
  def get(%{} = map, key, default) do
    case :maps.find(key, map) do
      {:ok, value} -> value
      :error -> default
    end
  end
  def get(list, key, default) when is_list(list) and is_atom(key) do
    case :lists.keyfind(key, 1, list) do
      {_, value} -> value
      false -> default
    end
  end
  def get(list, key, _default) when is_list(list) do
    raise ArgumentError,
      "the Access calls for keywords expect the key to be an atom, got: " <> inspect(key)
  end
  def get(nil, _key, default), do: default

  def fetch(%{} = map, key), do: :maps.find(key, map)
  def fetch(list, key) when is_list(list) do
    case :lists.keyfind(key, 1, list) do
      {_, value} -> {:ok, value}
      false -> :error
    end
  end
  def fetch(nil, _key), do: :error

  def __put__(%{} = map, key, value), do: :maps.put(key, value, map)
  def __put__(list, key, value) when is_list(list), do: Keyword.put(list, key, value)
  def __put__(nil, key, value), do: %{key => value}

  def __delete__(%{} = map, key), do: :maps.remove(key, map)
  def __delete__(list, key) when is_list(list), do: Keyword.delete(list, key)
  def __delete__(nil, _key), do: nil
end
