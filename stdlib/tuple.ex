# Tuple: functions on tuples, over the :erlang tuple BIFs.
defmodule Tuple do
  def append(tuple, value) when is_tuple(tuple), do: :erlang.append_element(tuple, value)

  def delete_at(tuple, index) when is_tuple(tuple) and is_integer(index),
    do: :erlang.delete_element(index + 1, tuple)

  def insert_at(tuple, index, value) when is_tuple(tuple) and is_integer(index),
    do: :erlang.insert_element(index + 1, tuple, value)

  def duplicate(data, size) when is_integer(size) and size >= 0, do: :erlang.make_tuple(size, data)

  def to_list(tuple) when is_tuple(tuple), do: :erlang.tuple_to_list(tuple)

  def sum(tuple) when is_tuple(tuple), do: sum(tuple, tuple_size(tuple))

  defp sum(_tuple, 0), do: 0
  defp sum(tuple, i), do: :erlang.element(i, tuple) + sum(tuple, i - 1)

  def product(tuple) when is_tuple(tuple), do: product(tuple, tuple_size(tuple))

  defp product(_tuple, 0), do: 1
  defp product(tuple, i), do: :erlang.element(i, tuple) * product(tuple, i - 1)
end
