# Keyword: lists of {atom, value} pairs.
defmodule Keyword do
  def get(keywords, key, default \\ nil) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> default
    end
  end

  def put(keywords, key, value), do: [{key, value} | delete(keywords, key)]

  def delete(keywords, key) do
    for {k, _} = pair <- keywords, k != key, do: pair
  end

  def has_key?(keywords, key), do: :lists.keymember(key, 1, keywords)
end
