# Map: key-value maps, on top of the :maps BIFs. Functions given a non-map raise
# BadMapError like Elixir's (the :maps BIFs raise it themselves).
defmodule Map do
  def new(), do: %{}

  def new(%{__struct__: _} = struct), do: new_from_list(Enum.to_list(struct))
  def new(%{} = map), do: map
  def new(list) when is_list(list), do: :maps.from_list(list)
  def new(enumerable), do: new_from_list(Enum.to_list(enumerable))

  defp new_from_list(list), do: :maps.from_list(list)

  def new(enumerable, transform) when is_function(transform, 1) do
    Enum.reduce(enumerable, %{}, fn x, acc ->
      {k, v} = transform.(x)
      :maps.put(k, v, acc)
    end)
  end

  def from_keys(keys, value) when is_list(keys), do: :maps.from_keys(keys, value)

  def keys(map), do: :maps.keys(map)
  def values(map), do: :maps.values(map)
  def to_list(map), do: :maps.to_list(map)
  def size(map) when is_map(map), do: map_size(map)
  def size(other), do: :erlang.map_size(other)

  def has_key?(map, key), do: :maps.is_key(key, map)

  def get(map, key, default \\ nil) do
    case map do
      %{^key => value} -> value
      %{} -> default
      other -> raise BadMapError, term: other
    end
  end

  def get_lazy(map, key, fun) when is_function(fun, 0) do
    case map do
      %{^key => value} -> value
      %{} -> fun.()
      other -> raise BadMapError, term: other
    end
  end

  def fetch(map, key), do: :maps.find(key, map)

  # fetch!, replace!, update! and get_and_update! fail as in Elixir 1.14, from :maps.get/2
  # or :maps.update/3: the raw reason is {:badkey, key} (or {:badmap, term}), which rescue
  # turns into %KeyError{key: key, term: map}.
  def fetch!(map, key), do: :maps.get(key, map)

  def put(map, key, value), do: :maps.put(key, value, map)

  def put_new(map, key, value) do
    case map do
      %{^key => _} -> map
      %{} -> :maps.put(key, value, map)
      other -> raise BadMapError, term: other
    end
  end

  def put_new_lazy(map, key, fun) when is_function(fun, 0) do
    case map do
      %{^key => _} -> map
      %{} -> :maps.put(key, fun.(), map)
      other -> raise BadMapError, term: other
    end
  end

  def replace(map, key, value) do
    case map do
      %{^key => _} -> :maps.put(key, value, map)
      %{} -> map
      other -> raise BadMapError, term: other
    end
  end

  def replace!(map, key, value), do: :maps.update(key, value, map)

  def replace_lazy(map, key, fun) when is_function(fun, 1) do
    case map do
      %{^key => value} -> :maps.put(key, fun.(value), map)
      %{} -> map
      other -> raise BadMapError, term: other
    end
  end

  def update(map, key, default, fun) when is_function(fun, 1) do
    case map do
      %{^key => value} -> :maps.put(key, fun.(value), map)
      %{} -> :maps.put(key, default, map)
      other -> raise BadMapError, term: other
    end
  end

  def update!(map, key, fun) when is_function(fun, 1) do
    value = :maps.get(key, map)
    :maps.put(key, fun.(value), map)
  end

  def delete(map, key), do: :maps.remove(key, map)

  def drop(map, keys) when is_map(map) and is_list(keys), do: :maps.without(keys, map)
  def drop(map, keys) when is_map(map), do: :maps.without(Enum.to_list(keys), map)
  def drop(other, _keys), do: raise(BadMapError, term: other)

  def take(map, keys) when is_map(map) and is_list(keys), do: :maps.with(keys, map)
  def take(map, keys) when is_map(map), do: :maps.with(Enum.to_list(keys), map)
  def take(other, _keys), do: raise(BadMapError, term: other)

  def split(map, keys) when is_map(map) do
    split_keys(Enum.to_list(keys), map, %{}, map)
  end

  def split(other, _keys), do: raise(BadMapError, term: other)

  defp split_keys([k | t], map, taken, rest) do
    case map do
      %{^k => v} -> split_keys(t, map, :maps.put(k, v, taken), :maps.remove(k, rest))
      %{} -> split_keys(t, map, taken, rest)
    end
  end

  defp split_keys([], _map, taken, rest), do: {taken, rest}

  def pop(map, key, default \\ nil) do
    case map do
      %{^key => value} -> {value, :maps.remove(key, map)}
      %{} -> {default, map}
      other -> raise BadMapError, term: other
    end
  end

  def pop!(map, key) do
    case map do
      %{^key => value} -> {value, :maps.remove(key, map)}
      %{} -> raise KeyError, key: key, term: map
      other -> raise BadMapError, term: other
    end
  end

  def pop_lazy(map, key, fun) when is_function(fun, 0) do
    case map do
      %{^key => value} -> {value, :maps.remove(key, map)}
      %{} -> {fun.(), map}
      other -> raise BadMapError, term: other
    end
  end

  def get_and_update(map, key, fun) when is_function(fun, 1) do
    current =
      case map do
        %{^key => value} -> value
        %{} -> nil
        other -> raise BadMapError, term: other
      end

    case fun.(current) do
      {get, update} -> {get, :maps.put(key, update, map)}
      :pop -> {current, :maps.remove(key, map)}
      other -> raise_get_and_update(other)
    end
  end

  def get_and_update!(map, key, fun) when is_function(fun, 1) do
    value = :maps.get(key, map)

    case fun.(value) do
      {get, update} -> {get, :maps.put(key, update, map)}
      :pop -> {value, :maps.remove(key, map)}
      other -> raise_get_and_update(other)
    end
  end

  defp raise_get_and_update(other) do
    raise "the given function must return a two-element tuple or :pop, got: " <> inspect(other)
  end

  def merge(map1, map2), do: :maps.merge(map1, map2)

  def merge(map1, map2, fun) when is_function(fun, 3) do
    cond do
      not is_map(map1) ->
        raise BadMapError, term: map1

      not is_map(map2) ->
        raise BadMapError, term: map2

      map_size(map1) > map_size(map2) ->
        merge_into(:maps.to_list(map2), map1, fn k, v2, v1 -> fun.(k, v1, v2) end)

      true ->
        merge_into(:maps.to_list(map1), map2, fun)
    end
  end

  # Puts each {k, v} of the list into `into`, resolving conflicts with fun.(k, v, existing)
  # where v comes from the list (the map given first to merge/3).
  defp merge_into([{k, v} | t], into, fun) do
    case into do
      %{^k => existing} -> merge_into(t, :maps.put(k, fun.(k, v, existing), into), fun)
      %{} -> merge_into(t, :maps.put(k, v, into), fun)
    end
  end

  defp merge_into([], into, _fun), do: into

  def equal?(map1, map2) when is_map(map1) and is_map(map2), do: map1 === map2
  def equal?(map1, _map2) when not is_map(map1), do: raise(BadMapError, term: map1)
  def equal?(_map1, map2), do: raise(BadMapError, term: map2)

  def filter(map, fun) when is_map(map) and is_function(fun, 1),
    do: :maps.from_list(Enum.filter(map, fun))


  def reject(map, fun) when is_map(map) and is_function(fun, 1),
    do: :maps.from_list(Enum.reject(map, fun))


  # Deprecated in favour of Map.new/2, but still callable.
  def map(map, fun) when is_map(map) and is_function(fun, 1) do
    :maps.from_list(Enum.map(map, fn {k, _} = pair -> {k, fun.(pair)} end))
  end

  def from_struct(module) when is_atom(module), do: from_struct(module.__struct__())

  def from_struct(%{__struct__: _} = struct), do: :maps.remove(:__struct__, struct)
end
