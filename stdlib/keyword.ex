# Keyword: lists of {atom, value} pairs. Keys may repeat; put/update/replace keep the first
# position of a key and drop its later duplicates, exactly like Elixir 1.14.
defmodule Keyword do
  def new(), do: []

  def new(pairs), do: new(pairs, fn pair -> pair end)

  # Built from the end with put_new, so the last pair for a key wins while each key sits at
  # the position of its first appearance.
  def new(pairs, transform) when is_function(transform, 1) do
    new_from_reversed(Enum.reverse(pairs), transform, [])
  end

  defp new_from_reversed([x | t], transform, acc) do
    {k, v} = transform.(x)
    new_from_reversed(t, transform, put_new(acc, k, v))
  end

  defp new_from_reversed([], _transform, acc), do: acc

  def from_keys(keys, value) when is_list(keys), do: from_keys_list(keys, value)

  defp from_keys_list([k | t], value), do: [{k, value} | from_keys_list(t, value)]
  defp from_keys_list([], _value), do: []

  def keyword?([{key, _} | rest]) when is_atom(key), do: keyword?(rest)
  def keyword?([]), do: true
  def keyword?(_), do: false

  def get(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> default
    end
  end

  def get_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> fun.()
    end
  end

  def get_values(keywords, key) when is_list(keywords) and is_atom(key),
    do: values_of(keywords, key)

  defp values_of([{key, value} | t], key), do: [value | values_of(t, key)]
  defp values_of([{_, _} | t], key), do: values_of(t, key)
  defp values_of([], _key), do: []

  def fetch(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> {:ok, value}
      false -> :error
    end
  end

  def fetch!(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> raise KeyError, key: key, term: keywords
    end
  end

  def has_key?(keywords, key) when is_list(keywords) and is_atom(key),
    do: :lists.keymember(key, 1, keywords)

  def keys(keywords) when is_list(keywords), do: keys_list(keywords)

  defp keys_list([{key, _} | t]) when is_atom(key), do: [key | keys_list(t)]
  defp keys_list([]), do: []

  defp keys_list([other | _]) do
    raise ArgumentError,
          "expected a keyword list, but an entry in the list is not a two-element tuple " <>
            "with an atom as its first element, got: " <> inspect(other)
  end

  def values(keywords) when is_list(keywords), do: values_list(keywords)

  defp values_list([{_, v} | t]), do: [v | values_list(t)]
  defp values_list([]), do: []

  def to_list(keywords) when is_list(keywords), do: keywords

  # Not documented, but present in Elixir 1.14.
  def size(keywords) when is_list(keywords), do: length(keywords)

  # ---- removing ----

  def delete(keywords, key) when is_list(keywords) and is_atom(key) do
    if :lists.keymember(key, 1, keywords), do: delete_all(keywords, key), else: keywords
  end

  defp delete_all([{key, _} | t], key), do: delete_all(t, key)
  defp delete_all([{_, _} = pair | t], key), do: [pair | delete_all(t, key)]
  defp delete_all([], _key), do: []

  # Deprecated: deletes the entries with this key and value.
  def delete(keywords, key, value) when is_list(keywords) and is_atom(key) do
    if :lists.keymember(key, 1, keywords), do: delete_pair(keywords, key, value), else: keywords
  end

  defp delete_pair([{key, value} | t], key, value), do: delete_pair(t, key, value)
  defp delete_pair([{_, _} = pair | t], key, value), do: [pair | delete_pair(t, key, value)]
  defp delete_pair([], _key, _value), do: []

  def delete_first(keywords, key) when is_list(keywords) and is_atom(key) do
    if :lists.keymember(key, 1, keywords), do: delete_first_entry(keywords, key), else: keywords
  end

  defp delete_first_entry([{key, _} | t], key), do: t
  defp delete_first_entry([{_, _} = pair | t], key), do: [pair | delete_first_entry(t, key)]
  defp delete_first_entry([], _key), do: []

  def drop(keywords, keys) when is_list(keywords) and is_list(keys),
    do: Enum.reject(keywords, fn {k, _} -> :lists.member(k, keys) end)

  def take(keywords, keys) when is_list(keywords) and is_list(keys),
    do: Enum.filter(keywords, fn {k, _} -> :lists.member(k, keys) end)

  def split(keywords, keys) when is_list(keywords) and is_list(keys),
    do: Enum.split_with(keywords, fn {k, _} -> :lists.member(k, keys) end)

  def filter(keywords, fun) when is_list(keywords) and is_function(fun, 1),
    do: Enum.filter(keywords, fun)

  def reject(keywords, fun) when is_list(keywords) and is_function(fun, 1),
    do: Enum.reject(keywords, fun)

  # Deprecated in favour of Keyword.new/2.
  def map(keywords, fun) when is_list(keywords) and is_function(fun, 1),
    do: Enum.map(keywords, fn {k, _} = pair -> {k, fun.(pair)} end)

  # ---- putting ----

  def put(keywords, key, value) when is_list(keywords) and is_atom(key),
    do: [{key, value} | delete(keywords, key)]

  def put_new(keywords, key, value) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, value} | keywords]
    end
  end

  def put_new_lazy(keywords, key, fun)
      when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, fun.()} | keywords]
    end
  end

  # The first entry of `key` gets the new value and later duplicates are dropped;
  # `missing` decides what happens when the key is absent.
  defp replace_first([{key, value} | t], key, fun, _missing),
    do: [{key, fun.(value)} | delete(t, key)]

  defp replace_first([{_, _} = pair | t], key, fun, missing),
    do: [pair | replace_first(t, key, fun, missing)]

  defp replace_first([], _key, _fun, missing), do: missing.()

  def replace(keywords, key, value) when is_list(keywords) and is_atom(key),
    do: replace_first(keywords, key, fn _ -> value end, fn -> [] end)

  def replace!(keywords, key, value) when is_list(keywords) and is_atom(key) do
    replace_first(keywords, key, fn _ -> value end, fn ->
      raise KeyError, key: key, term: keywords
    end)
  end

  def replace_lazy(keywords, key, fun)
      when is_list(keywords) and is_atom(key) and is_function(fun, 1),
      do: replace_first(keywords, key, fun, fn -> [] end)

  def update(keywords, key, default, fun)
      when is_list(keywords) and is_atom(key) and is_function(fun, 1),
      do: replace_first(keywords, key, fun, fn -> [{key, default}] end)

  def update!(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    replace_first(keywords, key, fun, fn -> raise KeyError, key: key, term: keywords end)
  end

  def get_and_update(keywords, key, fun) when is_list(keywords) and is_atom(key),
    do: get_and_update_list(keywords, [], key, fun)

  defp get_and_update_list([{key, current} | t], acc, key, fun) do
    case fun.(current) do
      {get, value} -> {get, :lists.reverse(acc, [{key, value} | t])}
      :pop -> {current, :lists.reverse(acc, t)}
      other -> raise_get_and_update(other)
    end
  end

  defp get_and_update_list([{_, _} = pair | t], acc, key, fun),
    do: get_and_update_list(t, [pair | acc], key, fun)

  defp get_and_update_list([], acc, key, fun) do
    case fun.(nil) do
      {get, value} -> {get, [{key, value} | :lists.reverse(acc)]}
      :pop -> {nil, :lists.reverse(acc)}
      other -> raise_get_and_update(other)
    end
  end

  def get_and_update!(keywords, key, fun), do: get_and_update_strict(keywords, key, fun, [])

  defp get_and_update_strict([{key, current} | t], key, fun, acc) do
    case fun.(current) do
      {get, value} -> {get, :lists.reverse(acc, [{key, value} | delete(t, key)])}
      :pop -> {current, :lists.reverse(acc, t)}
      other -> raise_get_and_update(other)
    end
  end

  defp get_and_update_strict([{_, _} = pair | t], key, fun, acc),
    do: get_and_update_strict(t, key, fun, [pair | acc])

  # (Elixir reports the entries it walked, in reverse.)
  defp get_and_update_strict([], key, _fun, acc) when is_atom(key),
    do: raise(KeyError, key: key, term: acc)

  defp raise_get_and_update(other) do
    raise "the given function must return a two-element tuple or :pop, got: " <> inspect(other)
  end

  # ---- popping ----

  def pop(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> {default, keywords}
    end
  end

  def pop!(keywords, key) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> raise KeyError, key: key, term: keywords
    end
  end

  def pop_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> {fun.(), keywords}
    end
  end

  def pop_first(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete_first_entry(keywords, key)}
      :error -> {default, keywords}
    end
  end

  def pop_values(keywords, key) when is_list(keywords) and is_atom(key) do
    {values, rest} = Enum.split_with(keywords, fn {k, _} -> k == key end)
    {values_list(values), rest}
  end

  # ---- merging and comparing ----

  def merge(keywords1, []) when is_list(keywords1), do: keywords1
  def merge([], keywords2) when is_list(keywords2), do: keywords2

  def merge(keywords1, keywords2) when is_list(keywords1) and is_list(keywords2) do
    if keyword?(keywords2) do
      kept =
        Enum.filter(keywords1, fn
          {key, _} when is_atom(key) ->
            not :lists.keymember(key, 1, keywords2)

          _ ->
            raise ArgumentError,
                  "expected a keyword list as the first argument, got: " <> inspect(keywords1)
        end)

      kept ++ keywords2
    else
      raise ArgumentError,
            "expected a keyword list as the second argument, got: " <> inspect(keywords2)
    end
  end

  # Each entry of keywords2 is paired with the next unused entry of the same key in
  # keywords1; keywords1's entries for merged keys are all removed from its part.
  def merge(keywords1, keywords2, fun)
      when is_list(keywords1) and is_list(keywords2) and is_function(fun, 3) do
    if keyword?(keywords1) do
      merge_with(keywords2, [], keywords1, keywords1, fun, keywords2)
    else
      raise ArgumentError,
            "expected a keyword list as the first argument, got: " <> inspect(keywords1)
    end
  end

  defp merge_with([{key, value2} | t], acc, rest, unused, fun, keywords2) when is_atom(key) do
    case :lists.keyfind(key, 1, unused) do
      {^key, value1} ->
        merge_with(
          t,
          [{key, fun.(key, value1, value2)} | acc],
          delete(rest, key),
          :lists.keydelete(key, 1, unused),
          fun,
          keywords2
        )

      false ->
        merge_with(t, [{key, value2} | acc], rest, unused, fun, keywords2)
    end
  end

  defp merge_with([], acc, rest, _unused, _fun, _keywords2), do: rest ++ :lists.reverse(acc)

  defp merge_with(_other, _acc, _rest, _unused, _fun, keywords2) do
    raise ArgumentError,
          "expected a keyword list as the second argument, got: " <> inspect(keywords2)
  end

  def equal?(left, right) when is_list(left) and is_list(right),
    do: :lists.sort(left) === :lists.sort(right)

  # ---- validation ----

  def validate(keyword, values) when is_list(keyword) and is_list(values),
    do: validate_entries(keyword, values, [], [], [])

  # `pending` holds the allowed keys not looked at yet, `skipped` those passed over; a key
  # that is found is removed, so a repeated key is reported as invalid.
  defp validate_entries([{key, _} = pair | t], pending, skipped, acc, bad) when is_atom(key) do
    case find_allowed(key, pending, skipped) do
      {pending, skipped} ->
        validate_entries(t, pending, skipped, [pair | acc], bad)

      :error ->
        case find_allowed(key, skipped, pending) do
          {pending, skipped} -> validate_entries(t, pending, skipped, [pair | acc], bad)
          :error -> validate_entries(t, pending, skipped, acc, [key | bad])
        end
    end
  end

  defp validate_entries([], pending, skipped, acc, []),
    do: {:ok, add_defaults(pending, add_defaults(skipped, acc))}

  defp validate_entries([], _pending, _skipped, _acc, bad), do: {:error, bad}

  defp validate_entries([pair | _], _pending, _skipped, _acc, _bad) do
    raise ArgumentError,
          "expected a keyword list as first argument, got invalid entry: " <> inspect(pair)
  end

  defp find_allowed(key, [key | rest], other), do: {rest, other}
  defp find_allowed(key, [{key, _} | rest], other), do: {rest, other}
  defp find_allowed(key, [h | rest], other), do: find_allowed(key, rest, [h | other])
  defp find_allowed(_key, [], _other), do: :error

  defp add_defaults([{key, _} = pair | t], acc) when is_atom(key), do: add_defaults(t, [pair | acc])
  defp add_defaults([key | t], acc) when is_atom(key), do: add_defaults(t, acc)
  defp add_defaults([], acc), do: acc

  defp add_defaults([other | _], _acc) do
    raise ArgumentError,
          "expected the second argument to be a list of atoms or tuples, got: " <> inspect(other)
  end

  def validate!(keyword, values) do
    case validate(keyword, values) do
      {:ok, result} ->
        result

      {:error, invalid} ->
        allowed = Enum.map(values, fn v -> if is_atom(v), do: v, else: elem(v, 0) end)

        case Enum.split_with(invalid, fn k -> :lists.member(k, allowed) end) do
          {_, [_ | _] = unknown} ->
            raise ArgumentError,
                  "unknown keys #{inspect(unknown)} in #{inspect(keyword)}, " <>
                    "the allowed keys are: #{inspect(allowed)}"

          {known, _} ->
            raise ArgumentError, "duplicate keys #{inspect(known)} in #{inspect(keyword)}"
        end
    end
  end
end
