# Tuple: functions on tuples, over the :erlang tuple BIFs (which raise ArgumentError for
# non-tuples, as in Elixir).
defmodule Tuple do
  def append(tuple, value), do: :erlang.append_element(tuple, value)
  def delete_at(tuple, index), do: :erlang.delete_element(index + 1, tuple)
  def insert_at(tuple, index, value), do: :erlang.insert_element(index + 1, tuple, value)
  def duplicate(data, size), do: :erlang.make_tuple(size, data)
  def to_list(tuple), do: :erlang.tuple_to_list(tuple)

  def sum(tuple), do: sum(tuple, :erlang.tuple_size(tuple))

  defp sum(_tuple, 0), do: 0
  defp sum(tuple, i), do: :erlang.element(i, tuple) + sum(tuple, i - 1)

  def product(tuple), do: product(tuple, :erlang.tuple_size(tuple))

  defp product(_tuple, 0), do: 1
  defp product(tuple, i), do: :erlang.element(i, tuple) * product(tuple, i - 1)
end
