# MapSet: sets of terms, stored as the keys of a map (each value is []), like Elixir's.
# Inspecting one prints MapSet.new([...]) (done by the runtime); Enum walks it through
# Enum.reduce/3.
defmodule MapSet do
  defstruct map: %{}, version: 2

  def new(), do: %MapSet{}

  def new(%MapSet{} = set), do: set

  def new(list) when is_list(list), do: %MapSet{map: :maps.from_keys(list, [])}

  def new(enumerable) do
    %MapSet{map: Enum.reduce(enumerable, %{}, fn x, acc -> :maps.put(x, [], acc) end)}
  end

  def new(enumerable, transform) when is_function(transform, 1) do
    %MapSet{map: Enum.reduce(enumerable, %{}, fn x, acc -> :maps.put(transform.(x), [], acc) end)}
  end

  def put(%MapSet{map: map} = set, value), do: %{set | map: :maps.put(value, [], map)}

  def delete(%MapSet{map: map} = set, value), do: %{set | map: :maps.remove(value, map)}

  def member?(%MapSet{map: map}, value), do: :maps.is_key(value, map)

  def size(%MapSet{map: map}), do: map_size(map)

  def to_list(%MapSet{map: map}), do: :maps.keys(map)

  def union(%MapSet{map: a} = set, %MapSet{map: b}), do: %{set | map: :maps.merge(a, b)}

  def intersection(%MapSet{map: a} = set, %MapSet{map: b}) do
    {small, large} = if map_size(a) <= map_size(b), do: {a, b}, else: {b, a}
    %{set | map: :maps.with(:maps.keys(small), large)}
  end

  def difference(%MapSet{map: a} = set, %MapSet{map: b}) do
    %{set | map: :maps.without(:maps.keys(b), a)}
  end

  def symmetric_difference(%MapSet{map: a} = set, %MapSet{map: b}) do
    left = :maps.without(:maps.keys(b), a)
    right = :maps.without(:maps.keys(a), b)
    %{set | map: :maps.merge(left, right)}
  end

  def subset?(%MapSet{map: a}, %MapSet{map: b}) do
    map_size(a) <= map_size(b) and all_keys_in?(:maps.keys(a), b)
  end

  def disjoint?(%MapSet{map: a}, %MapSet{map: b}) do
    {small, large} = if map_size(a) <= map_size(b), do: {a, b}, else: {b, a}
    not any_key_in?(:maps.keys(small), large)
  end

  def equal?(%MapSet{map: a}, %MapSet{map: b}), do: a === b

  def filter(%MapSet{map: map} = set, fun) when is_function(fun, 1) do
    %{set | map: filter_keys(:maps.keys(map), fun, true, %{})}
  end

  def reject(%MapSet{map: map} = set, fun) when is_function(fun, 1) do
    %{set | map: filter_keys(:maps.keys(map), fun, false, %{})}
  end

  defp filter_keys([k | t], fun, keep, acc) do
    if truthy(fun.(k)) == keep,
      do: filter_keys(t, fun, keep, :maps.put(k, [], acc)),
      else: filter_keys(t, fun, keep, acc)
  end

  defp filter_keys([], _fun, _keep, acc), do: acc

  defp truthy(nil), do: false
  defp truthy(false), do: false
  defp truthy(_), do: true

  defp all_keys_in?([k | t], map), do: :maps.is_key(k, map) and all_keys_in?(t, map)
  defp all_keys_in?([], _map), do: true

  defp any_key_in?([k | t], map), do: :maps.is_key(k, map) or any_key_in?(t, map)
  defp any_key_in?([], _map), do: false
end
