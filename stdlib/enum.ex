# Enum: eager operations over enumerables. Enumerable is dispatched here on the data
# type (lists, maps, ranges, MapSets); every other function is built on to_list/1 or
# reduce/3.
defmodule Enum do
  def reduce(list, acc, fun) when is_list(list), do: reduce_list(list, acc, fun)

  def reduce(%{__struct__: Range, first: first, last: last, step: step}, acc, fun) do
    reduce_range(first, last, step, acc, fun)
  end

  def reduce(%{__struct__: MapSet, map: map}, acc, fun) do
    reduce_list(:maps.keys(map), acc, fun)
  end

  def reduce(%{__struct__: _} = struct, _acc, _fun) do
    raise Protocol.UndefinedError, protocol: Enumerable, value: struct
  end

  def reduce(%{} = map, acc, fun), do: reduce_list(:maps.to_list(map), acc, fun)

  def reduce(other, _acc, _fun) do
    raise Protocol.UndefinedError, protocol: Enumerable, value: other
  end

  defp reduce_list([], acc, _fun), do: acc
  defp reduce_list([h | t], acc, fun), do: reduce_list(t, fun.(h, acc), fun)

  defp reduce_range(first, last, step, acc, fun) when step > 0 and first <= last,
    do: reduce_range(first + step, last, step, fun.(first, acc), fun)

  defp reduce_range(first, last, step, acc, fun) when step < 0 and first >= last,
    do: reduce_range(first + step, last, step, fun.(first, acc), fun)

  defp reduce_range(_first, _last, _step, acc, _fun), do: acc

  def to_list(list) when is_list(list), do: list
  def to_list(enumerable), do: :lists.reverse(reduce(enumerable, [], fn x, acc -> [x | acc] end))

  def map(list, fun) when is_list(list), do: map_list(list, fun)
  def map(enumerable, fun), do: map_list(to_list(enumerable), fun)

  defp map_list([], _fun), do: []
  defp map_list([h | t], fun), do: [fun.(h) | map_list(t, fun)]

  def each(enumerable, fun) do
    reduce(enumerable, nil, fn x, _ ->
      fun.(x)
      nil
    end)

    :ok
  end

  def member?(list, value) when is_list(list), do: :lists.member(value, list)

  def member?(%{__struct__: Range, first: first, last: last, step: step}, value) do
    is_integer(value) and
      ((step > 0 and value >= first and value <= last) or
         (step < 0 and value <= first and value >= last)) and rem(value - first, step) == 0
  end

  def member?(%{__struct__: MapSet, map: map}, value), do: :maps.is_key(value, map)

  def member?(%{} = map, {key, value}) do
    case :maps.find(key, map) do
      {:ok, ^value} -> true
      _ -> false
    end
  end

  def member?(%{}, _), do: false
  def member?(enumerable, value), do: :lists.member(value, to_list(enumerable))

  def reverse(enumerable), do: :lists.reverse(to_list(enumerable))

  def uniq(enumerable), do: uniq_list(to_list(enumerable), %{})

  defp uniq_list([], _seen), do: []

  defp uniq_list([h | t], seen) do
    case :maps.is_key(h, seen) do
      true -> uniq_list(t, seen)
      false -> [h | uniq_list(t, :maps.put(h, true, seen))]
    end
  end

  def into(enumerable, collectable) when is_list(collectable),
    do: collectable ++ to_list(enumerable)

  def into(enumerable, %{__struct__: MapSet} = set), do: MapSet.union(set, MapSet.new(enumerable))

  def into(enumerable, %{} = map) do
    reduce(enumerable, map, fn {k, v}, acc -> :maps.put(k, v, acc) end)
  end

  def into(enumerable, binary) when is_binary(binary) do
    reduce(enumerable, binary, fn x, acc -> acc <> x end)
  end
end

defmodule MapSet do
  defstruct map: %{}

  def new(), do: %MapSet{}
  def new(enumerable), do: %MapSet{map: Enum.reduce(enumerable, %{}, fn x, acc -> :maps.put(x, [], acc) end)}
  def union(%MapSet{map: a}, %MapSet{map: b}), do: %MapSet{map: :maps.merge(a, b)}
end
