# Enum: eager operations over enumerables.
#
# Enumerable is dispatched here, on the data type, in exactly two places: reduce/3 (a plain
# fold) and reduce_while/3 (a fold that can halt). Lists, maps, ranges and MapSets are
# enumerable; anything else raises Protocol.UndefinedError. Every other function is written
# on top of those two, with direct recursion for lists (the common case) and arithmetic for
# ranges where that avoids walking them (count, member?, slice, at, ...).
#
# Lists are built in reverse and flipped with :lists.reverse/1,2 (a BIF) to stay linear.
defmodule Enum do
  # ------------------------------------------------------------------------------------
  # The dispatch points
  # ------------------------------------------------------------------------------------

  def reduce(list, acc, fun) when is_list(list), do: reduce_list(list, acc, fun)

  def reduce(%{__struct__: Range, first: first, last: last, step: step}, acc, fun) do
    reduce_range(first, last, step, acc, fun)
  end

  def reduce(%{__struct__: MapSet, map: map}, acc, fun) do
    reduce_list(:maps.keys(map), acc, fun)
  end

  def reduce(%{__struct__: Stream} = stream, acc, fun), do: Stream.__reduce__(stream, acc, fun)

  def reduce(%{__struct__: Date.Range, first_in_days: first, last_in_days: last, step: step}, acc, fun),
    do: reduce_range(first, last, step, acc, fn days, acc -> fun.(Date.__from_days__(days), acc) end)

  def reduce(%{__struct__: _} = struct, _acc, _fun) do
    raise Protocol.UndefinedError, protocol: Enumerable, value: struct
  end

  def reduce(%{} = map, acc, fun), do: reduce_list(__map_fold_list__(map), acc, fun)

  def reduce(other, _acc, _fun) do
    raise Protocol.UndefinedError, protocol: Enumerable, value: other
  end

  # The entries of a map in the order Enum.reduce/3 and :maps.fold/3 visit them on BEAM: the
  # map iterator's order, which for a map above 32 keys (a hash trie) is the reverse of
  # :maps.to_list/1's, and the same as it for a flat map.
  @doc false
  def __map_fold_list__(map) when map_size(map) > 32, do: :lists.reverse(:maps.to_list(map))
  def __map_fold_list__(map), do: :maps.to_list(map)

  # The elements in the order Elixir's reduce/3-based functions (map, each, filter, sort,
  # ...) see them; the functions built on Enumerable.reduce/3 or slicing (take, find, zip,
  # at, to_list, ...) use to_list/1 instead. The two differ only for large maps.
  defp fold_list(list) when is_list(list), do: list
  defp fold_list(%{__struct__: _} = struct), do: to_list(struct)
  defp fold_list(%{} = map), do: __map_fold_list__(map)
  defp fold_list(other), do: to_list(other)

  defp reduce_list([h | t], acc, fun), do: reduce_list(t, fun.(h, acc), fun)
  defp reduce_list([], acc, _fun), do: acc

  defp reduce_range(first, last, step, acc, fun) when step > 0 and first <= last,
    do: reduce_range(first + step, last, step, fun.(first, acc), fun)

  defp reduce_range(first, last, step, acc, fun) when step < 0 and first >= last,
    do: reduce_range(first + step, last, step, fun.(first, acc), fun)

  defp reduce_range(_first, _last, _step, acc, _fun), do: acc

  def reduce_while(list, acc, fun) when is_list(list), do: reduce_while_list(list, acc, fun)

  def reduce_while(%{__struct__: Range, first: first, last: last, step: step}, acc, fun) do
    reduce_while_range(first, last, step, acc, fun)
  end

  def reduce_while(%{__struct__: Stream} = stream, acc, fun),
    do: Stream.__reduce_while__(stream, acc, fun)

  def reduce_while(enumerable, acc, fun), do: reduce_while_list(to_list(enumerable), acc, fun)

  defp reduce_while_list([h | t], acc, fun) do
    case fun.(h, acc) do
      {:cont, acc} -> reduce_while_list(t, acc, fun)
      {:halt, acc} -> acc
    end
  end

  defp reduce_while_list([], acc, _fun), do: acc

  defp reduce_while_range(first, last, step, acc, fun)
       when (step > 0 and first <= last) or (step < 0 and first >= last) do
    case fun.(first, acc) do
      {:cont, acc} -> reduce_while_range(first + step, last, step, acc, fun)
      {:halt, acc} -> acc
    end
  end

  defp reduce_while_range(_first, _last, _step, acc, _fun), do: acc

  def reduce([h | t], fun), do: reduce_list(t, h, fun)
  def reduce([], _fun), do: raise(Enum.EmptyError)

  def reduce(%{__struct__: Stream} = stream, fun) do
    result =
      Stream.__reduce__(stream, :none, fn
        x, :none -> {:value, x}
        x, {:value, acc} -> {:value, fun.(x, acc)}
      end)

    case result do
      {:value, acc} -> acc
      :none -> raise Enum.EmptyError
    end
  end

  def reduce(enumerable, fun) do
    case to_list(enumerable) do
      [h | t] -> reduce_list(t, h, fun)
      [] -> raise Enum.EmptyError
    end
  end

  def to_list(list) when is_list(list), do: list

  def to_list(%{__struct__: Range, first: first, last: last, step: step}),
    do: range_to_list(first, last, step)

  def to_list(%{__struct__: MapSet, map: map}), do: :maps.keys(map)

  def to_list(%{__struct__: Date.Range} = range),
    do: :lists.reverse(reduce(range, [], fn d, acc -> [d | acc] end))

  def to_list(%{__struct__: Stream} = stream),
    do: :lists.reverse(Stream.__reduce__(stream, [], fn x, acc -> [x | acc] end))
  def to_list(%{__struct__: _} = struct), do: reduce(struct, [], nil)
  def to_list(%{} = map), do: :maps.to_list(map)
  def to_list(other), do: reduce(other, [], nil)

  # Built from the end so that no reverse is needed.
  defp range_to_list(first, last, step) do
    case range_size(first, last, step) do
      0 -> []
      n -> range_to_list_down(first + (n - 1) * step, first, step, [])
    end
  end

  defp range_to_list_down(current, first, step, acc) when current != first,
    do: range_to_list_down(current - step, first, step, [current | acc])

  defp range_to_list_down(current, _first, _step, acc), do: [current | acc]

  defp range_size(first, last, step) when step > 0 and first > last, do: 0
  defp range_size(first, last, step) when step < 0 and first < last, do: 0
  defp range_size(first, last, step), do: div(last - first, step) + 1

  # {count, list} for the functions that need the size first (negative indices).
  defp count_and_list(list) when is_list(list), do: {length(list), list}

  defp count_and_list(enumerable) do
    list = to_list(enumerable)
    {length(list), list}
  end

  # ------------------------------------------------------------------------------------
  # Predicates and searching
  # ------------------------------------------------------------------------------------

  def all?(enumerable) when is_list(enumerable), do: all_truthy(enumerable)
  def all?(enumerable), do: all?(enumerable, fn x -> x end)

  defp all_truthy([h | t]), do: if(h, do: all_truthy(t), else: false)
  defp all_truthy([]), do: true

  def all?(enumerable, fun) when is_list(enumerable), do: all_list(enumerable, fun)

  def all?(enumerable, fun) do
    reduce_while(enumerable, true, fn x, _ ->
      if fun.(x), do: {:cont, true}, else: {:halt, false}
    end)
  end

  defp all_list([h | t], fun), do: if(fun.(h), do: all_list(t, fun), else: false)
  defp all_list([], _fun), do: true

  def any?(enumerable) when is_list(enumerable), do: any_truthy(enumerable)
  def any?(enumerable), do: any?(enumerable, fn x -> x end)

  defp any_truthy([h | t]), do: if(h, do: true, else: any_truthy(t))
  defp any_truthy([]), do: false

  def any?(enumerable, fun) when is_list(enumerable), do: any_list(enumerable, fun)

  def any?(enumerable, fun) do
    reduce_while(enumerable, false, fn x, _ ->
      if fun.(x), do: {:halt, true}, else: {:cont, false}
    end)
  end

  defp any_list([h | t], fun), do: if(fun.(h), do: true, else: any_list(t, fun))
  defp any_list([], _fun), do: false

  def member?(list, value) when is_list(list), do: :lists.member(value, list)

  def member?(%{__struct__: Range, first: first, last: last, step: step}, value) do
    if is_integer(value) do
      cond do
        step > 0 -> value >= first and value <= last and rem(value - first, step) == 0
        true -> value <= first and value >= last and rem(value - first, step) == 0
      end
    else
      false
    end
  end

  def member?(%{__struct__: MapSet, map: map}, value), do: :maps.is_key(value, map)

  def member?(%{__struct__: Stream} = stream, value) do
    reduce_while(stream, false, fn x, _ -> if x === value, do: {:halt, true}, else: {:cont, false} end)
  end
  def member?(%{__struct__: _} = struct, value), do: :lists.member(value, to_list(struct))

  def member?(%{} = map, {key, value}) do
    case :maps.find(key, map) do
      {:ok, ^value} -> true
      _ -> false
    end
  end

  def member?(%{}, _), do: false
  def member?(enumerable, value), do: :lists.member(value, to_list(enumerable))

  def empty?(list) when is_list(list), do: list == []

  def empty?(%{__struct__: Range, first: first, last: last, step: step}),
    do: range_size(first, last, step) == 0

  def empty?(%{__struct__: MapSet, map: map}), do: map_size(map) == 0
  def empty?(%{__struct__: Stream} = stream), do: reduce_while(stream, true, fn _, _ -> {:halt, false} end)
  def empty?(%{__struct__: _} = struct), do: to_list(struct) == []
  def empty?(%{} = map), do: map_size(map) == 0
  def empty?(other), do: to_list(other) == []

  def find(enumerable, fun), do: find(enumerable, nil, fun)

  def find(list, default, fun) when is_list(list), do: find_list(list, default, fun)

  def find(enumerable, default, fun) do
    reduce_while(enumerable, default, fn x, acc ->
      if fun.(x), do: {:halt, x}, else: {:cont, acc}
    end)
  end

  defp find_list([h | t], default, fun), do: if(fun.(h), do: h, else: find_list(t, default, fun))
  defp find_list([], default, _fun), do: default

  def find_index(list, fun) when is_list(list), do: find_index_list(list, 0, fun)

  def find_index(enumerable, fun) do
    result =
      reduce_while(enumerable, {:not_found, 0}, fn x, {_, i} ->
        if fun.(x), do: {:halt, {:found, i}}, else: {:cont, {:not_found, i + 1}}
      end)

    case result do
      {:found, i} -> i
      {:not_found, _} -> nil
    end
  end

  defp find_index_list([h | t], i, fun),
    do: if(fun.(h), do: i, else: find_index_list(t, i + 1, fun))

  defp find_index_list([], _i, _fun), do: nil

  def find_value(enumerable, fun), do: find_value(enumerable, nil, fun)

  def find_value(list, default, fun) when is_list(list), do: find_value_list(list, default, fun)

  def find_value(enumerable, default, fun) do
    reduce_while(enumerable, default, fn x, acc ->
      value = fun.(x)
      if value, do: {:halt, value}, else: {:cont, acc}
    end)
  end

  defp find_value_list([h | t], default, fun) do
    value = fun.(h)
    if value, do: value, else: find_value_list(t, default, fun)
  end

  defp find_value_list([], default, _fun), do: default

  # ------------------------------------------------------------------------------------
  # Counting and positions
  # ------------------------------------------------------------------------------------

  def count(list) when is_list(list), do: length(list)

  def count(%{__struct__: Range, first: first, last: last, step: step}),
    do: range_size(first, last, step)

  def count(%{__struct__: MapSet, map: map}), do: map_size(map)
  def count(%{__struct__: _} = struct), do: length(to_list(struct))
  def count(%{} = map), do: map_size(map)
  def count(other), do: length(to_list(other))

  def count(list, fun) when is_list(list), do: count_list(list, fun, 0)
  def count(%{__struct__: Stream} = stream, fun),
    do: Stream.__reduce__(stream, 0, fn x, n -> if fun.(x), do: n + 1, else: n end)

  def count(enumerable, fun), do: count_list(fold_list(enumerable), fun, 0)

  defp count_list([h | t], fun, n), do: count_list(t, fun, if(fun.(h), do: n + 1, else: n))
  defp count_list([], _fun, n), do: n

  def count_until(enumerable, limit) when is_integer(limit) and limit > 0 do
    case enumerable do
      list when is_list(list) ->
        count_until_list(list, limit, 0)

      %{__struct__: Range} ->
        :erlang.min(count(enumerable), limit)

      %{__struct__: MapSet} ->
        :erlang.min(count(enumerable), limit)

      %{__struct__: Stream} ->
        reduce_while(enumerable, 0, fn _, n ->
          if n + 1 == limit, do: {:halt, limit}, else: {:cont, n + 1}
        end)

      %{__struct__: _} ->
        count_until_list(to_list(enumerable), limit, 0)

      %{} ->
        :erlang.min(map_size(enumerable), limit)

      _ ->
        count_until_list(to_list(enumerable), limit, 0)
    end
  end

  defp count_until_list(_list, limit, limit), do: limit
  defp count_until_list([_ | t], limit, n), do: count_until_list(t, limit, n + 1)
  defp count_until_list([], _limit, n), do: n

  def count_until(enumerable, fun, limit) when is_integer(limit) and limit > 0 do
    reduce_while(enumerable, 0, fn x, n ->
      if fun.(x) do
        n = n + 1
        if n == limit, do: {:halt, n}, else: {:cont, n}
      else
        {:cont, n}
      end
    end)
  end

  def at(enumerable, index, default \\ nil) when is_integer(index) do
    case slice_any(enumerable, index, 1) do
      [value] -> value
      [] -> default
    end
  end

  def fetch(enumerable, index) when is_integer(index) do
    case slice_any(enumerable, index, 1) do
      [value] -> {:ok, value}
      [] -> :error
    end
  end

  def fetch!(enumerable, index) when is_integer(index) do
    case slice_any(enumerable, index, 1) do
      [value] -> value
      [] -> raise Enum.OutOfBoundsError
    end
  end

  # ------------------------------------------------------------------------------------
  # Transforming
  # ------------------------------------------------------------------------------------

  def map(list, fun) when is_list(list), do: map_list(list, fun)
  def map(%{__struct__: Stream} = stream, fun),
    do: :lists.reverse(Stream.__reduce__(stream, [], fn x, acc -> [fun.(x) | acc] end))

  def map(enumerable, fun), do: map_list(fold_list(enumerable), fun)

  # Functions that call `fun` once per element, given a stream: every element paired with
  # its `fun` value, computed while the stream runs, so the side effects of the stream and
  # of `fun` interleave as in Elixir (which reduces over the stream). The list algorithms
  # then work on the pairs with tag_value/1 as their function (firsts/1 drops the tags).
  defp tagged(stream, fun),
    do: :lists.reverse(Stream.__reduce__(stream, [], fn x, acc -> [{x, fun.(x)} | acc] end))

  defp tag_value({_x, value}), do: value

  # (Lists are built in reverse by tail calls: deep body recursion makes every garbage
  # collection walk a long stack.)
  defp map_list(list, fun), do: map_list(list, fun, [])
  defp map_list([h | t], fun, acc), do: map_list(t, fun, [fun.(h) | acc])
  defp map_list([], _fun, acc), do: :lists.reverse(acc)

  def each(list, fun) when is_list(list), do: each_list(list, fun)
  def each(%{__struct__: Stream} = stream, fun) do
    Stream.__reduce__(stream, nil, fn x, _ ->
      fun.(x)
      nil
    end)

    :ok
  end

  def each(enumerable, fun), do: each_list(fold_list(enumerable), fun)

  defp each_list([h | t], fun) do
    fun.(h)
    each_list(t, fun)
  end

  defp each_list([], _fun), do: :ok

  def filter(list, fun) when is_list(list), do: filter_list(list, fun)
  def filter(%{__struct__: Stream} = stream, fun),
    do: firsts(filter_list(tagged(stream, fun), &tag_value/1))

  def filter(enumerable, fun), do: filter_list(fold_list(enumerable), fun)

  defp filter_list(list, fun), do: filter_list(list, fun, [])

  defp filter_list([h | t], fun, acc) do
    if fun.(h), do: filter_list(t, fun, [h | acc]), else: filter_list(t, fun, acc)
  end

  defp filter_list([], _fun, acc), do: :lists.reverse(acc)

  def reject(list, fun) when is_list(list), do: reject_list(list, fun)
  def reject(%{__struct__: Stream} = stream, fun),
    do: firsts(reject_list(tagged(stream, fun), &tag_value/1))

  def reject(enumerable, fun), do: reject_list(fold_list(enumerable), fun)

  defp reject_list(list, fun), do: reject_list(list, fun, [])

  defp reject_list([h | t], fun, acc) do
    if fun.(h), do: reject_list(t, fun, acc), else: reject_list(t, fun, [h | acc])
  end

  defp reject_list([], _fun, acc), do: :lists.reverse(acc)

  def flat_map(%{__struct__: Stream} = stream, fun),
    do: flat_map_list(map(stream, fun), fn mapped -> mapped end, [])

  def flat_map(enumerable, fun), do: flat_map_list(fold_list(enumerable), fun, [])

  defp flat_map_list([h | t], fun, acc) do
    case fun.(h) do
      list when is_list(list) -> flat_map_list(t, fun, :lists.reverse(list, acc))
      other -> flat_map_list(t, fun, reduce(other, acc, fn x, a -> [x | a] end))
    end
  end

  defp flat_map_list([], _fun, acc), do: :lists.reverse(acc)

  def flat_map_reduce(enumerable, acc, fun) do
    {list, acc} =
      reduce_while(enumerable, {[], acc}, fn x, {list, acc} ->
        case fun.(x, acc) do
          {:halt, acc} -> {:halt, {list, acc}}
          {[], acc} -> {:cont, {list, acc}}
          {[entry], acc} -> {:cont, {[entry | list], acc}}
          {entries, acc} -> {:cont, {reduce(entries, list, fn e, l -> [e | l] end), acc}}
        end
      end)

    {:lists.reverse(list), acc}
  end

  def map_every(enumerable, 1, fun), do: map(enumerable, fun)
  def map_every(enumerable, 0, _fun), do: to_list(enumerable)

  def map_every(enumerable, nth, fun) when is_integer(nth) and nth > 1,
    do: map_every_list(fold_list(enumerable), nth, 0, fun, [])

  defp map_every_list([h | t], nth, 0, fun, acc),
    do: map_every_list(t, nth, nth - 1, fun, [fun.(h) | acc])

  defp map_every_list([h | t], nth, n, fun, acc), do: map_every_list(t, nth, n - 1, fun, [h | acc])
  defp map_every_list([], _nth, _n, _fun, acc), do: :lists.reverse(acc)

  def map_intersperse(%{__struct__: Stream} = stream, separator, mapper),
    do: map_intersperse_list(map(stream, mapper), separator, fn mapped -> mapped end)

  def map_intersperse(enumerable, separator, mapper),
    do: map_intersperse_list(fold_list(enumerable), separator, mapper)

  defp map_intersperse_list([], _sep, _mapper), do: []
  defp map_intersperse_list([h | t], sep, mapper), do: map_intersperse_rest(t, sep, mapper, [mapper.(h)])

  defp map_intersperse_rest([h | t], sep, mapper, acc),
    do: map_intersperse_rest(t, sep, mapper, [mapper.(h), sep | acc])

  defp map_intersperse_rest([], _sep, _mapper, acc), do: :lists.reverse(acc)

  def intersperse(enumerable, element) do
    case fold_list(enumerable) do
      [] -> []
      [h | t] -> intersperse_list(t, element, [h])
    end
  end

  defp intersperse_list([h | t], e, acc), do: intersperse_list(t, e, [h, e | acc])
  defp intersperse_list([], _e, acc), do: :lists.reverse(acc)

  def map_reduce(list, acc, fun) when is_list(list), do: map_reduce_list(list, acc, fun, [])
  def map_reduce(%{__struct__: Stream} = stream, acc, fun) do
    {out, acc} =
      Stream.__reduce__(stream, {[], acc}, fn x, {out, acc} ->
        {value, acc} = fun.(x, acc)
        {[value | out], acc}
      end)

    {:lists.reverse(out), acc}
  end

  def map_reduce(enumerable, acc, fun), do: map_reduce_list(fold_list(enumerable), acc, fun, [])

  defp map_reduce_list([h | t], acc, fun, out) do
    {value, acc} = fun.(h, acc)
    map_reduce_list(t, acc, fun, [value | out])
  end

  defp map_reduce_list([], acc, _fun, out), do: {:lists.reverse(out), acc}

  def scan(%{__struct__: Stream} = stream, fun) do
    result =
      Stream.__reduce__(stream, :none, fn
        x, :none -> {x, [x]}
        x, {acc, out} -> (acc = fun.(x, acc); {acc, [acc | out]})
      end)

    case result do
      :none -> []
      {_acc, out} -> :lists.reverse(out)
    end
  end

  def scan(enumerable, fun) do
    case fold_list(enumerable) do
      [] -> []
      [h | t] -> scan_list(t, h, fun, [h])
    end
  end

  def scan(%{__struct__: Stream} = stream, acc, fun) do
    {_acc, out} =
      Stream.__reduce__(stream, {acc, []}, fn x, {acc, out} ->
        acc = fun.(x, acc)
        {acc, [acc | out]}
      end)

    :lists.reverse(out)
  end

  def scan(enumerable, acc, fun), do: scan_list(fold_list(enumerable), acc, fun, [])

  defp scan_list([h | t], acc, fun, out) do
    acc = fun.(h, acc)
    scan_list(t, acc, fun, [acc | out])
  end

  defp scan_list([], _acc, _fun, out), do: :lists.reverse(out)

  def with_index(enumerable, fun_or_offset \\ 0)

  def with_index(enumerable, offset) when is_integer(offset),
    do: with_index_list(fold_list(enumerable), offset, [])

  def with_index(%{__struct__: Stream} = stream, fun) when is_function(fun, 2) do
    {_i, out} = Stream.__reduce__(stream, {0, []}, fn x, {i, out} -> {i + 1, [fun.(x, i) | out]} end)
    :lists.reverse(out)
  end

  def with_index(enumerable, fun) when is_function(fun, 2),
    do: with_index_fun(fold_list(enumerable), 0, fun, [])

  defp with_index_list([h | t], i, acc), do: with_index_list(t, i + 1, [{h, i} | acc])
  defp with_index_list([], _i, acc), do: :lists.reverse(acc)

  defp with_index_fun([h | t], i, fun, acc), do: with_index_fun(t, i + 1, fun, [fun.(h, i) | acc])
  defp with_index_fun([], _i, _fun, acc), do: :lists.reverse(acc)

  def reverse([]), do: []
  def reverse([_] = list), do: list
  def reverse([a, b]), do: [b, a]
  def reverse(list) when is_list(list), do: :lists.reverse(list)
  def reverse(enumerable), do: :lists.reverse(fold_list(enumerable))

  def reverse(enumerable, tail), do: :lists.reverse(fold_list(enumerable), to_list(tail))

  def reverse_slice(enumerable, start_index, count)
      when is_integer(start_index) and start_index >= 0 and is_integer(count) and count >= 0 do
    list = fold_list(enumerable)
    {head, rest} = split_list(list, start_index, [])
    {middle, tail} = split_list(rest, count, [])
    head ++ :lists.reverse(middle, tail)
  end

  def concat(enumerables) do
    acc = reduce(enumerables, [], fn e, acc -> reverse_onto(e, acc) end)
    :lists.reverse(acc)
  end

  defp reverse_onto(list, acc) when is_list(list), do: :lists.reverse(list, acc)
  defp reverse_onto(enumerable, acc), do: reduce(enumerable, acc, fn x, a -> [x | a] end)

  def concat(left, right) when is_list(left) and is_list(right), do: left ++ right
  def concat(left, right), do: fold_list(left) ++ fold_list(right)

  # ------------------------------------------------------------------------------------
  # Taking and dropping
  # ------------------------------------------------------------------------------------

  def take(_enumerable, 0), do: []

  def take(list, amount) when is_list(list) and is_integer(amount) and amount > 0,
    do: take_list(list, amount)

  def take(enumerable, amount) when is_integer(amount) and amount > 0 do
    slice_forward(enumerable, 0, amount, 1)
  end

  def take(%{__struct__: Range} = range, amount) when is_integer(amount) and amount < 0 do
    count = count(range)
    slice_forward(range, :erlang.max(count + amount, 0), -amount, 1)
  end

  def take(enumerable, amount) when is_integer(amount) and amount < 0 do
    {count, list} = count_and_list(enumerable)
    drop_list(list, :erlang.max(count + amount, 0))
  end

  defp take_list(list, n), do: take_list(list, n, [])
  defp take_list([h | t], n, acc) when n > 0, do: take_list(t, n - 1, [h | acc])
  defp take_list(_list, _n, acc), do: :lists.reverse(acc)

  def drop(list, amount) when is_list(list) and is_integer(amount) and amount >= 0,
    do: drop_list(list, amount)

  def drop(%{__struct__: Range, first: first, last: last, step: step}, amount)
      when is_integer(amount) and amount >= 0 do
    size = range_size(first, last, step)

    if amount >= size,
      do: [],
      else: range_to_list(first + amount * step, last, step)
  end

  def drop(enumerable, amount) when is_integer(amount) and amount >= 0,
    do: drop_list(to_list(enumerable), amount)

  def drop(enumerable, amount) when is_integer(amount) and amount < 0 do
    {count, list} = count_and_list(enumerable)
    take_list(list, count + amount)
  end

  defp drop_list(list, 0), do: list
  defp drop_list([_ | t], n), do: drop_list(t, n - 1)
  defp drop_list([], _n), do: []

  def take_every(enumerable, 1), do: to_list(enumerable)
  def take_every(_enumerable, 0), do: []

  def take_every(enumerable, nth) when is_integer(nth) and nth > 1,
    do: take_every_list(to_list(enumerable), nth, 0)

  defp take_every_list(list, nth, n), do: take_every_list(list, nth, n, [])
  defp take_every_list([h | t], nth, 0, acc), do: take_every_list(t, nth, nth - 1, [h | acc])
  defp take_every_list([_ | t], nth, n, acc), do: take_every_list(t, nth, n - 1, acc)
  defp take_every_list([], _nth, _n, acc), do: :lists.reverse(acc)

  def drop_every(_enumerable, 1), do: []
  def drop_every(enumerable, 0), do: to_list(enumerable)

  def drop_every(enumerable, nth) when is_integer(nth) and nth > 1,
    do: drop_every_list(fold_list(enumerable), nth, 0, [])

  defp drop_every_list([_ | t], nth, 0, acc), do: drop_every_list(t, nth, nth - 1, acc)
  defp drop_every_list([h | t], nth, n, acc), do: drop_every_list(t, nth, n - 1, [h | acc])
  defp drop_every_list([], _nth, _n, acc), do: :lists.reverse(acc)

  def take_while(list, fun) when is_list(list), do: take_while_list(list, fun)

  def take_while(enumerable, fun) do
    enumerable
    |> reduce_while([], fn x, acc ->
      if fun.(x), do: {:cont, [x | acc]}, else: {:halt, acc}
    end)
    |> :lists.reverse()
  end

  defp take_while_list(list, fun), do: take_while_list(list, fun, [])

  defp take_while_list([h | t], fun, acc),
    do: if(fun.(h), do: take_while_list(t, fun, [h | acc]), else: :lists.reverse(acc))

  defp take_while_list([], _fun, acc), do: :lists.reverse(acc)

  def drop_while(%{__struct__: Stream} = stream, fun) do
    {_dropping, kept} =
      Stream.__reduce__(stream, {true, []}, fn
        x, {true, kept} -> if fun.(x), do: {true, kept}, else: {false, [x | kept]}
        x, {false, kept} -> {false, [x | kept]}
      end)

    :lists.reverse(kept)
  end

  def drop_while(enumerable, fun), do: drop_while_list(fold_list(enumerable), fun)

  defp drop_while_list([h | t] = list, fun),
    do: if(fun.(h), do: drop_while_list(t, fun), else: list)

  defp drop_while_list([], _fun), do: []

  def split(list, count) when is_list(list) and is_integer(count) and count >= 0,
    do: split_list(list, count, [])

  def split(enumerable, count) when is_integer(count) and count >= 0,
    do: split_list(fold_list(enumerable), count, [])

  def split(enumerable, count) when is_integer(count) and count < 0 do
    {n, list} = count_and_list(enumerable)
    split_list(list, :erlang.max(n + count, 0), [])
  end

  defp split_list([h | t], n, acc) when n > 0, do: split_list(t, n - 1, [h | acc])
  defp split_list(rest, _n, acc), do: {:lists.reverse(acc), rest}

  def split_while(%{__struct__: Stream} = stream, fun) do
    {_taking, taken, rest} =
      Stream.__reduce__(stream, {true, [], []}, fn
        x, {true, taken, []} -> if fun.(x), do: {true, [x | taken], []}, else: {false, taken, [x]}
        x, {false, taken, rest} -> {false, taken, [x | rest]}
      end)

    {:lists.reverse(taken), :lists.reverse(rest)}
  end

  def split_while(enumerable, fun), do: split_while_list(fold_list(enumerable), fun, [])

  defp split_while_list([h | t] = list, fun, acc) do
    if fun.(h),
      do: split_while_list(t, fun, [h | acc]),
      else: {:lists.reverse(acc), list}
  end

  defp split_while_list([], _fun, acc), do: {:lists.reverse(acc), []}

  def split_with(%{__struct__: Stream} = stream, fun) do
    {yes, no} = split_with_list(tagged(stream, fun), &tag_value/1, [], [])
    {firsts(yes), firsts(no)}
  end

  def split_with(enumerable, fun), do: split_with_list(fold_list(enumerable), fun, [], [])

  defp split_with_list([h | t], fun, yes, no) do
    if fun.(h),
      do: split_with_list(t, fun, [h | yes], no),
      else: split_with_list(t, fun, yes, [h | no])
  end

  defp split_with_list([], _fun, yes, no), do: {:lists.reverse(yes), :lists.reverse(no)}

  # Deprecated: filter then map.
  def filter_map(enumerable, filter, mapper),
    do: map_list(filter_list(fold_list(enumerable), filter), mapper)

  # Deprecated alias of split_with/2.
  def partition(enumerable, fun), do: split_with(enumerable, fun)

  # ------------------------------------------------------------------------------------
  # Slicing
  # ------------------------------------------------------------------------------------

  def slice(enumerable, %{__struct__: Range, first: first, last: last, step: step} = range) do
    cond do
      step > 0 ->
        slice_range(enumerable, first, last, step)

      step == -1 and first > last ->
        slice_range(enumerable, first, last, 1)

      true ->
        raise ArgumentError,
              "Enum.slice/2 does not accept ranges with negative steps, got: " <> inspect(range)
    end
  end

  def slice(_enumerable, start_index, 0) when is_integer(start_index), do: []

  def slice(%{__struct__: Range} = range, start_index, amount)
      when is_integer(start_index) and start_index < 0 and is_integer(amount) and amount >= 0 do
    count = count(range)
    start = :erlang.max(count + start_index, 0)
    slice_forward(range, start, amount, 1)
  end

  def slice(enumerable, start_index, amount)
      when is_integer(start_index) and start_index < 0 and is_integer(amount) and amount >= 0 do
    {count, list} = count_and_list(enumerable)
    start_index = :erlang.max(count + start_index, 0)
    amount = :erlang.min(amount, count - start_index)
    if amount > 0, do: take_list(drop_list(list, start_index), amount), else: []
  end

  def slice(enumerable, start_index, amount)
      when is_integer(start_index) and is_integer(amount) and amount >= 0 do
    slice_forward(enumerable, start_index, amount, 1)
  end

  defp slice_range(enumerable, first, last, step)
       when last >= first and last >= 0 and first >= 0 do
    slice_forward(enumerable, first, last - first + 1, step)
  end

  defp slice_range(enumerable, first, -1, step) when first >= 0 do
    if step == 1,
      do: drop(enumerable, first),
      else: take_every_list(drop(enumerable, first), step, 0)
  end

  defp slice_range(%{__struct__: Range, first: rfirst, last: rlast, step: rstep}, first, last, step) do
    count = range_size(rfirst, rlast, rstep)
    first = if first >= 0, do: first, else: :erlang.max(first + count, 0)
    last = if last >= 0, do: last, else: last + count
    amount = last - first + 1

    if first < count and amount > 0 do
      amount = :erlang.min(amount, count - first)
      range_slice(rfirst, rstep, first, div(amount - 1, step) + 1, step)
    else
      []
    end
  end

  defp slice_range(enumerable, first, last, step) do
    {count, list} = count_and_list(enumerable)
    first = if first >= 0, do: first, else: :erlang.max(first + count, 0)
    last = if last >= 0, do: last, else: last + count
    amount = last - first + 1

    if first < count and amount > 0 do
      amount = :erlang.min(amount, count - first)
      take_stepped(drop_list(list, first), amount, step)
    else
      []
    end
  end

  # n elements of the range first..//rstep from position `start`, every step-th. Elixir
  # 1.14's range slicing advances by rstep + step - 1 (not rstep * step) when step > 1,
  # which is wrong for ranges whose step is not 1; this reproduces it.
  defp range_slice(rfirst, rstep, start, n, step) do
    increment = if step == 1, do: rstep, else: rstep + step - 1
    range_slice_list(rfirst + start * rstep, increment, n)
  end

  defp range_slice_list(current, 0, n), do: :lists.duplicate(n, current)

  defp range_slice_list(current, increment, n),
    do: range_to_list_down(current + (n - 1) * increment, current, increment, [])

  # `amount` positions starting at `start` (>= 0), keeping every `step`-th one.
  defp slice_forward(list, start, amount, step) when is_list(list),
    do: take_stepped(drop_list(list, start), amount, step)

  defp slice_forward(%{__struct__: Range, first: first, last: last, step: rstep}, start, amount, step) do
    size = range_size(first, last, rstep)

    if start >= size do
      []
    else
      amount = :erlang.min(amount, size - start)
      range_slice(first, rstep, start, div(amount - 1, step) + 1, step)
    end
  end

  # A stream is read only as far as needed: `start` elements skipped, then `amount`
  # positions, every step-th kept.
  defp slice_forward(%{__struct__: Stream} = stream, start, amount, step) do
    {_, _, taken} =
      reduce_while(stream, {start, 0, []}, fn
        _x, {skip, i, acc} when skip > 0 ->
          {:cont, {skip - 1, i, acc}}

        x, {0, i, acc} ->
          acc = if rem(i, step) == 0, do: [x | acc], else: acc
          if i + 1 >= amount, do: {:halt, {0, i + 1, acc}}, else: {:cont, {0, i + 1, acc}}
      end)

    :lists.reverse(taken)
  end

  defp slice_forward(enumerable, start, amount, step),
    do: take_stepped(drop_list(to_list(enumerable), start), amount, step)

  defp take_stepped(list, amount, 1), do: take_list(list, amount)
  defp take_stepped(list, amount, step), do: take_stepped(list, amount, step, 0)

  defp take_stepped(list, amount, step, n), do: take_stepped(list, amount, step, n, [])

  defp take_stepped([h | t], amount, step, 0, acc) when amount > 0,
    do: take_stepped(t, amount - 1, step, step - 1, [h | acc])

  defp take_stepped([_ | t], amount, step, n, acc) when amount > 0,
    do: take_stepped(t, amount - 1, step, n - 1, acc)

  defp take_stepped(_list, _amount, _step, _n, acc), do: :lists.reverse(acc)

  defp slice_any(list, start, amount) when is_list(list) and start >= 0,
    do: take_list(drop_list(list, start), amount)

  defp slice_any(enumerable, start, amount) when start >= 0,
    do: slice_forward(enumerable, start, amount, 1)

  defp slice_any(%{__struct__: Range, first: first, last: last, step: step}, start, amount) do
    count = range_size(first, last, step)
    start = count + start

    if start >= 0 and amount > 0 and start < count,
      do: range_slice(first, step, start, :erlang.min(amount, count - start), 1),
      else: []
  end

  defp slice_any(enumerable, start, amount) do
    {count, list} = count_and_list(enumerable)
    start = count + start

    if start >= 0,
      do: take_list(drop_list(list, start), :erlang.min(amount, count - start)),
      else: []
  end

  def slide(enumerable, index, insertion_index) when is_integer(index),
    do: slide(enumerable, Range.new(index, index), insertion_index)

  def slide(_enumerable, %{__struct__: Range, step: step} = range, _insertion_index)
      when step != 1 do
    raise ArgumentError,
          "Enum.slide/3 does not accept ranges with custom steps, got: " <> inspect(range)
  end

  def slide(enumerable, %{__struct__: Range, first: first, last: last}, insertion_index)
      when first < 0 or last < 0 or insertion_index < 0 do
    {count, list} = count_and_list(enumerable)
    first = if first >= 0, do: first, else: :erlang.max(first + count, 0)
    last = if last >= 0, do: last, else: last + count
    insertion_index = if insertion_index >= 0, do: insertion_index, else: insertion_index + count

    # (The normalized range goes through slide/3 again, so an insertion index or a last
    # position that is still negative is normalized once more, as in Elixir 1.14.)
    if first < count and first != insertion_index,
      do: slide(list, Range.new(first, last, 1), insertion_index),
      else: list
  end

  def slide(enumerable, %{__struct__: Range, first: first, last: last}, insertion_index)
      when is_integer(insertion_index),
      do: slide_list(to_list(enumerable), first, last, insertion_index)

  defp slide_list(list, first, _last, first), do: list

  defp slide_list(_list, first, last, insertion_index)
       when insertion_index > first and insertion_index <= last do
    raise ArgumentError,
          "insertion index for slide must be outside the range being moved " <>
            "(tried to insert #{first}..#{last} at #{insertion_index})"
  end

  defp slide_list(list, first, last, _insertion_index) when first > last, do: list

  defp slide_list(list, first, last, insertion_index) when insertion_index < first do
    {head, rest} = split_list(list, insertion_index, [])
    {between, rest} = split_list(rest, first - insertion_index, [])
    {moved, tail} = split_list(rest, last - first + 1, [])
    head ++ moved ++ between ++ tail
  end

  defp slide_list(list, first, last, insertion_index) do
    {head, rest} = split_list(list, first, [])
    {moved, rest} = split_list(rest, last - first + 1, [])
    {between, tail} = split_list(rest, insertion_index - last, [])
    head ++ between ++ moved ++ tail
  end

  # ------------------------------------------------------------------------------------
  # Chunking
  # ------------------------------------------------------------------------------------

  def chunk_every(enumerable, count), do: chunk_every(enumerable, count, count, [])

  def chunk_every(enumerable, count, step, leftover \\ [])
      when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    chunk_every_list(to_list(enumerable), count, step, leftover, [])
  end

  defp chunk_every_list([], _count, _step, _leftover, acc), do: :lists.reverse(acc)

  defp chunk_every_list(list, count, step, leftover, acc) do
    case take_exact(list, count, []) do
      {:ok, chunk} ->
        chunk_every_list(drop_list(list, step), count, step, leftover, [chunk | acc])

      {:short, partial, n} ->
        if leftover == :discard do
          :lists.reverse(acc)
        else
          :lists.reverse([partial ++ take(leftover, count - n) | acc])
        end
    end
  end

  # {:ok, first_n} when the list has at least n elements, else {:short, list, length}.
  defp take_exact(list, n, acc), do: take_exact(list, n, acc, 0)
  defp take_exact(_list, n, acc, n), do: {:ok, :lists.reverse(acc)}
  defp take_exact([h | t], n, acc, i), do: take_exact(t, n, [h | acc], i + 1)
  defp take_exact([], _n, acc, i), do: {:short, :lists.reverse(acc), i}

  def chunk_by(%{__struct__: Stream} = stream, fun) do
    case tagged(stream, fun) do
      [] -> []
      [{_, key} = h | t] -> map_list(chunk_by_list(t, &tag_value/1, key, [h], []), &firsts/1)
    end
  end

  def chunk_by(enumerable, fun) do
    case to_list(enumerable) do
      [] -> []
      [h | t] -> chunk_by_list(t, fun, fun.(h), [h], [])
    end
  end

  defp chunk_by_list([h | t], fun, key, chunk, acc) do
    new_key = fun.(h)

    if new_key == key,
      do: chunk_by_list(t, fun, key, [h | chunk], acc),
      else: chunk_by_list(t, fun, new_key, [h], [:lists.reverse(chunk) | acc])
  end

  defp chunk_by_list([], _fun, _key, chunk, acc), do: :lists.reverse([:lists.reverse(chunk) | acc])

  def chunk_while(enumerable, acc, chunk_fun, after_fun) do
    {chunks, acc} =
      reduce_while(enumerable, {[], acc}, fn x, {chunks, acc} ->
        case chunk_fun.(x, acc) do
          {:cont, chunk, acc} -> {:cont, {[chunk | chunks], acc}}
          {:cont, acc} -> {:cont, {chunks, acc}}
          {:halt, acc} -> {:halt, {chunks, acc}}
        end
      end)

    case after_fun.(acc) do
      {:cont, _acc} -> :lists.reverse(chunks)
      {:cont, chunk, _acc} -> :lists.reverse([chunk | chunks])
    end
  end

  # Deprecated forms of chunk_every.
  def chunk(enumerable, count), do: chunk_every(enumerable, count, count, :discard)
  def chunk(enumerable, count, step), do: chunk_every(enumerable, count, step, :discard)

  def chunk(enumerable, count, step, leftover),
    do: chunk_every(enumerable, count, step, leftover || :discard)

  # ------------------------------------------------------------------------------------
  # Duplicates, grouping, frequencies
  # ------------------------------------------------------------------------------------

  def uniq(enumerable), do: uniq_list(fold_list(enumerable), %{}, [])

  defp uniq_list([h | t], seen, acc) do
    if :maps.is_key(h, seen),
      do: uniq_list(t, seen, acc),
      else: uniq_list(t, :maps.put(h, true, seen), [h | acc])
  end

  defp uniq_list([], _seen, acc), do: :lists.reverse(acc)

  def uniq_by(%{__struct__: Stream} = stream, fun),
    do: firsts(uniq_by_list(tagged(stream, fun), %{}, &tag_value/1, []))

  def uniq_by(enumerable, fun), do: uniq_by_list(fold_list(enumerable), %{}, fun, [])

  defp uniq_by_list([h | t], seen, fun, acc) do
    key = fun.(h)

    if :maps.is_key(key, seen),
      do: uniq_by_list(t, seen, fun, acc),
      else: uniq_by_list(t, :maps.put(key, true, seen), fun, [h | acc])
  end

  defp uniq_by_list([], _seen, _fun, acc), do: :lists.reverse(acc)

  # Deprecated alias of uniq_by/2.
  def uniq(enumerable, fun), do: uniq_by(enumerable, fun)

  def dedup(enumerable) do
    case fold_list(enumerable) do
      [] -> []
      [h | t] -> dedup_list(t, h, [h])
    end
  end

  defp dedup_list([h | t], prev, acc) when h === prev, do: dedup_list(t, prev, acc)
  defp dedup_list([h | t], _prev, acc), do: dedup_list(t, h, [h | acc])
  defp dedup_list([], _prev, acc), do: :lists.reverse(acc)

  def dedup_by(%{__struct__: Stream} = stream, fun) do
    case tagged(stream, fun) do
      [] -> []
      [{_, key} = h | t] -> firsts(dedup_by_list(t, key, &tag_value/1, [h]))
    end
  end

  def dedup_by(enumerable, fun) do
    case fold_list(enumerable) do
      [] -> []
      [h | t] -> dedup_by_list(t, fun.(h), fun, [h])
    end
  end

  defp dedup_by_list([h | t], prev, fun, acc) do
    key = fun.(h)

    if key === prev,
      do: dedup_by_list(t, prev, fun, acc),
      else: dedup_by_list(t, key, fun, [h | acc])
  end

  defp dedup_by_list([], _prev, _fun, acc), do: :lists.reverse(acc)

  def frequencies(enumerable) do
    reduce(enumerable, %{}, fn key, acc ->
      case acc do
        %{^key => n} -> :maps.put(key, n + 1, acc)
        %{} -> :maps.put(key, 1, acc)
      end
    end)
  end

  def frequencies_by(enumerable, key_fun) when is_function(key_fun) do
    reduce(enumerable, %{}, fn x, acc ->
      key = key_fun.(x)

      case acc do
        %{^key => n} -> :maps.put(key, n + 1, acc)
        %{} -> :maps.put(key, 1, acc)
      end
    end)
  end

  def group_by(enumerable, key_fun, value_fun \\ fn x -> x end)

  def group_by(_enumerable, dict, _value_fun) when not is_function(dict) do
    # (Elixir takes a non-function here as the deprecated dictionary argument)
    raise ArgumentError, "unsupported dict: " <> inspect(dict)
  end

  def group_by(enumerable, key_fun, value_fun) do
    reduce_list(reverse(enumerable), %{}, fn x, acc ->
      key = key_fun.(x)
      value = value_fun.(x)

      case acc do
        %{^key => existing} -> :maps.put(key, [value | existing], acc)
        %{} -> :maps.put(key, [value], acc)
      end
    end)
  end

  # ------------------------------------------------------------------------------------
  # Aggregates
  # ------------------------------------------------------------------------------------

  def sum(%{__struct__: Range, first: first, last: last, step: step}) do
    case range_size(first, last, step) do
      0 -> 0
      n -> div(n * (first + first + (n - 1) * step), 2)
    end
  end

  def sum(list) when is_list(list), do: sum_list(list, 0)
  def sum(enumerable), do: sum_list(fold_list(enumerable), 0)

  defp sum_list([h | t], acc), do: sum_list(t, h + acc)
  defp sum_list([], acc), do: acc

  def product(list) when is_list(list), do: product_list(list, 1)
  def product(enumerable), do: product_list(fold_list(enumerable), 1)

  defp product_list([h | t], acc), do: product_list(t, h * acc)
  defp product_list([], acc), do: acc

  def max(enumerable), do: aggregate(enumerable, &>=/2, &raise_empty/0)

  def max(enumerable, empty_fallback) when is_function(empty_fallback, 0),
    do: aggregate(enumerable, &>=/2, empty_fallback)

  def max(enumerable, sorter), do: aggregate(enumerable, max_sort_fun(sorter), &raise_empty/0)

  def max(enumerable, sorter, empty_fallback),
    do: aggregate(enumerable, max_sort_fun(sorter), empty_fallback)

  def min(enumerable), do: aggregate(enumerable, &<=/2, &raise_empty/0)

  def min(enumerable, empty_fallback) when is_function(empty_fallback, 0),
    do: aggregate(enumerable, &<=/2, empty_fallback)

  def min(enumerable, sorter), do: aggregate(enumerable, min_sort_fun(sorter), &raise_empty/0)

  def min(enumerable, sorter, empty_fallback),
    do: aggregate(enumerable, min_sort_fun(sorter), empty_fallback)

  defp raise_empty(), do: raise(Enum.EmptyError)

  defp max_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp max_sort_fun(module) when is_atom(module), do: fn a, b -> module.compare(a, b) != :lt end

  defp min_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp min_sort_fun(module) when is_atom(module), do: fn a, b -> module.compare(a, b) != :gt end

  defp aggregate([h | t], fun, _empty), do: aggregate_list(t, h, fun)
  defp aggregate([], _fun, empty), do: empty.()

  defp aggregate(%{__struct__: Range, first: first, last: last, step: step}, fun, empty) do
    case range_size(first, last, step) do
      0 ->
        empty.()

      n ->
        final = first + (n - 1) * step

        case fun.(first, final) do
          true -> first
          false -> final
        end
    end
  end

  defp aggregate(enumerable, fun, empty), do: aggregate(fold_list(enumerable), fun, empty)

  defp aggregate_list([h | t], acc, fun) do
    case fun.(acc, h) do
      true -> aggregate_list(t, acc, fun)
      false -> aggregate_list(t, h, fun)
    end
  end

  defp aggregate_list([], acc, _fun), do: acc

  def max_by(enumerable, fun), do: max_by(enumerable, fun, &>=/2, &raise_empty/0)

  def max_by(enumerable, fun, empty_fallback)
      when is_function(fun, 1) and is_function(empty_fallback, 0),
      do: max_by(enumerable, fun, &>=/2, empty_fallback)

  def max_by(enumerable, fun, sorter), do: max_by(enumerable, fun, sorter, &raise_empty/0)

  def max_by(enumerable, fun, sorter, empty_fallback) when is_function(fun, 1),
    do: aggregate_by(enumerable, fun, max_sort_fun(sorter), empty_fallback)

  def min_by(enumerable, fun), do: min_by(enumerable, fun, &<=/2, &raise_empty/0)

  def min_by(enumerable, fun, empty_fallback)
      when is_function(fun, 1) and is_function(empty_fallback, 0),
      do: min_by(enumerable, fun, &<=/2, empty_fallback)

  def min_by(enumerable, fun, sorter), do: min_by(enumerable, fun, sorter, &raise_empty/0)

  def min_by(enumerable, fun, sorter, empty_fallback) when is_function(fun, 1),
    do: aggregate_by(enumerable, fun, min_sort_fun(sorter), empty_fallback)

  defp aggregate_by(%{__struct__: Stream} = stream, fun, sorter, empty) do
    case tagged(stream, fun) do
      [] -> empty.()
      [{_, key} = h | t] -> elem(aggregate_by_list(t, h, key, &tag_value/1, sorter), 0)
    end
  end

  defp aggregate_by(enumerable, fun, sorter, empty) do
    case fold_list(enumerable) do
      [] -> empty.()
      [h | t] -> aggregate_by_list(t, h, fun.(h), fun, sorter)
    end
  end

  defp aggregate_by_list([h | t], best, best_key, fun, sorter) do
    key = fun.(h)

    case sorter.(best_key, key) do
      true -> aggregate_by_list(t, best, best_key, fun, sorter)
      false -> aggregate_by_list(t, h, key, fun, sorter)
    end
  end

  defp aggregate_by_list([], best, _best_key, _fun, _sorter), do: best

  def min_max(enumerable), do: min_max(enumerable, &raise_empty/0)

  def min_max(%{__struct__: Range, first: first, last: last, step: step}, empty_fallback)
      when is_function(empty_fallback, 0) do
    case range_size(first, last, step) do
      0 ->
        empty_fallback.()

      n ->
        final = first + (n - 1) * step
        {:erlang.min(first, final), :erlang.max(first, final)}
    end
  end

  def min_max(enumerable, empty_fallback) when is_function(empty_fallback, 0) do
    case fold_list(enumerable) do
      [] -> empty_fallback.()
      [h | t] -> min_max_list(t, h, h)
    end
  end

  defp min_max_list([h | t], min, max),
    do: min_max_list(t, :erlang.min(min, h), :erlang.max(max, h))

  defp min_max_list([], min, max), do: {min, max}

  def min_max_by(enumerable, fun), do: min_max_by(enumerable, fun, &</2, &raise_empty/0)

  def min_max_by(enumerable, fun, empty_fallback)
      when is_function(fun, 1) and is_function(empty_fallback, 0),
      do: min_max_by(enumerable, fun, &</2, empty_fallback)

  def min_max_by(enumerable, fun, sorter), do: min_max_by(enumerable, fun, sorter, &raise_empty/0)

  def min_max_by(enumerable, fun, sorter, empty_fallback)
      when is_function(fun, 1) and is_atom(sorter) and is_function(empty_fallback, 0) do
    min_max_by(enumerable, fun, fn a, b -> sorter.compare(a, b) == :lt end, empty_fallback)
  end

  def min_max_by(%{__struct__: Stream} = stream, fun, sorter, empty_fallback)
      when is_function(fun, 1) and is_function(sorter, 2) and is_function(empty_fallback, 0) do
    case tagged(stream, fun) do
      [] ->
        empty_fallback.()

      [{_, key} = h | t] ->
        {{min, _}, {max, _}} = min_max_by_list(t, h, h, key, key, &tag_value/1, sorter)
        {min, max}
    end
  end

  def min_max_by(enumerable, fun, sorter, empty_fallback)
      when is_function(fun, 1) and is_function(sorter, 2) and is_function(empty_fallback, 0) do
    case fold_list(enumerable) do
      [] ->
        empty_fallback.()

      [h | t] ->
        key = fun.(h)
        min_max_by_list(t, h, h, key, key, fun, sorter)
    end
  end

  defp min_max_by_list([h | t], min, max, min_key, max_key, fun, sorter) do
    key = fun.(h)

    cond do
      sorter.(key, min_key) -> min_max_by_list(t, h, max, key, max_key, fun, sorter)
      sorter.(max_key, key) -> min_max_by_list(t, min, h, min_key, key, fun, sorter)
      true -> min_max_by_list(t, min, max, min_key, max_key, fun, sorter)
    end
  end

  defp min_max_by_list([], min, max, _min_key, _max_key, _fun, _sorter), do: {min, max}

  # ------------------------------------------------------------------------------------
  # Joining and collecting
  # ------------------------------------------------------------------------------------

  def join(enumerable, joiner \\ "")

  def join(enumerable, "") do
    :erlang.iolist_to_binary(map_list(fold_list(enumerable), &entry_to_string/1))
  end

  def join(enumerable, joiner) when is_binary(joiner) do
    :erlang.iolist_to_binary(map_intersperse_list(fold_list(enumerable), joiner, &entry_to_string/1))
  end

  def map_join(enumerable, joiner \\ "", mapper)

  def map_join(%{__struct__: Stream} = stream, joiner, mapper) when is_binary(joiner),
    do: map_join(map(stream, mapper), joiner, fn mapped -> mapped end)

  def map_join(enumerable, joiner, mapper) when is_binary(joiner) do
    mapped = map_intersperse_list(fold_list(enumerable), joiner, fn x -> entry_to_string(mapper.(x)) end)
    :erlang.iolist_to_binary(mapped)
  end

  defp entry_to_string(entry) when is_binary(entry), do: entry
  defp entry_to_string(entry), do: :athanor.to_string(entry)

  def into(enumerable, []), do: to_list(enumerable)

  def into(enumerable, list) when is_list(list), do: list ++ to_list(enumerable)

  def into(enumerable, %{__struct__: MapSet, map: map} = set) do
    %{set | map: reduce(enumerable, map, fn x, acc -> :maps.put(x, [], acc) end)}
  end

  def into(_enumerable, %{__struct__: _} = struct) do
    raise Protocol.UndefinedError, protocol: Collectable, value: struct
  end

  def into(%{__struct__: _} = enumerable, %{} = map), do: into_map(enumerable, map)
  def into(%{} = enumerable, %{} = map), do: :maps.merge(map, enumerable)
  def into(list, %{} = map) when is_list(list), do: :maps.merge(map, :maps.from_list(list))
  def into(enumerable, %{} = map), do: into_map(enumerable, map)

  def into(enumerable, binary) when is_binary(binary) do
    parts =
      reduce(enumerable, [binary], fn
        x, acc when is_binary(x) -> [acc | x]
        _x, _acc -> raise FunctionClauseError, module: Collectable.BitString, function: :"-into/1-fun-0-", arity: 2
      end)

    :erlang.iolist_to_binary(parts)
  end

  def into(_enumerable, other) do
    raise Protocol.UndefinedError, protocol: Collectable, value: other
  end

  defp into_map(enumerable, map) do
    reduce(enumerable, map, fn
      {k, v}, acc -> :maps.put(k, v, acc)
      _x, _acc -> raise FunctionClauseError, module: Collectable.Map, function: :"-into/1-fun-0-", arity: 2
    end)
  end

  def into(enumerable, list, transform) when is_list(list),
    do: list ++ map(enumerable, transform)

  def into(enumerable, collectable, transform), do: into(map(enumerable, transform), collectable)

  # ------------------------------------------------------------------------------------
  # Zipping
  # ------------------------------------------------------------------------------------

  def zip(left, right) when is_list(left) and is_list(right), do: zip_two(left, right)
  def zip(left, right), do: zip([left, right])

  defp zip_two(as, bs), do: zip_two(as, bs, [])
  defp zip_two([a | as], [b | bs], acc), do: zip_two(as, bs, [{a, b} | acc])
  defp zip_two(_, _, acc), do: :lists.reverse(acc)

  def zip([]), do: []

  def zip(enumerables) do
    zip_cursors(map(enumerables, &cursor/1), [], fn elems -> :erlang.list_to_tuple(elems) end)
  end

  def zip_with(left, right, fun) when is_list(left) and is_list(right) and is_function(fun, 2),
    do: zip_with_two(left, right, fun)

  def zip_with(left, right, fun) when is_function(fun, 2),
    do: zip_cursors([cursor(left), cursor(right)], [], fn [a, b] -> fun.(a, b) end)

  defp zip_with_two(as, bs, fun), do: zip_with_two(as, bs, fun, [])
  defp zip_with_two([a | as], [b | bs], fun, acc), do: zip_with_two(as, bs, fun, [fun.(a, b) | acc])
  defp zip_with_two(_, _, _fun, acc), do: :lists.reverse(acc)

  def zip_with([], _fun), do: []
  def zip_with(enumerables, fun), do: zip_cursors(map(enumerables, &cursor/1), [], fun)

  def zip_reduce(left, right, acc, reducer) when is_list(left) and is_list(right) and is_function(reducer, 3),
    do: zip_reduce_two(left, right, acc, reducer)

  def zip_reduce(left, right, acc, reducer) when is_function(reducer, 3),
    do: zip_reduce_cursors([cursor(left), cursor(right)], acc, fn [a, b], acc -> reducer.(a, b, acc) end)

  defp zip_reduce_two([a | as], [b | bs], acc, fun), do: zip_reduce_two(as, bs, fun.(a, b, acc), fun)
  defp zip_reduce_two(_, _, acc, _fun), do: acc

  def zip_reduce([], acc, _reducer), do: acc

  def zip_reduce(enumerables, acc, reducer) when is_function(reducer, 2) do
    zip_reduce_cursors(map(enumerables, &cursor/1), acc, reducer)
  end

  defp zip_reduce_cursors(cursors, acc, reducer) do
    case next_all(cursors, [], []) do
      {:ok, elems, rest} -> zip_reduce_cursors(rest, reducer.(elems, acc), reducer)
      :done -> acc
    end
  end

  # A cursor walks an enumerable one element at a time: a list, or a range kept as its
  # bounds so that zipping with a large range does not build it.
  defp cursor(list) when is_list(list), do: list
  defp cursor(%{__struct__: Range, first: f, last: l, step: s}), do: {:range, f, l, s}
  defp cursor(%{__struct__: Stream} = stream), do: {:iter, Stream.__iter__(stream)}
  defp cursor(enumerable), do: to_list(enumerable)

  defp next_cursor([h | t]), do: {:ok, h, t}
  defp next_cursor([]), do: :done

  defp next_cursor({:range, f, l, s}) when (s > 0 and f <= l) or (s < 0 and f >= l),
    do: {:ok, f, {:range, f + s, l, s}}

  defp next_cursor({:range, _, _, _}), do: :done

  defp next_cursor({:iter, it}) do
    case it.(:next) do
      {:ok, x, it} -> {:ok, x, {:iter, it}}
      :done -> :done
    end
  end

  defp close_cursor({:iter, it}), do: it.(:close)
  defp close_cursor(_), do: :ok

  # When one cursor runs out, the streams among the others are closed (their
  # after-functions run).
  defp next_all([c | cs], elems, rest) do
    case next_cursor(c) do
      {:ok, x, c} ->
        next_all(cs, [x | elems], [c | rest])

      :done ->
        each_list(rest, &close_cursor/1)
        each_list(cs, &close_cursor/1)
        :done
    end
  end

  defp next_all([], elems, rest), do: {:ok, :lists.reverse(elems), :lists.reverse(rest)}

  defp zip_cursors(cursors, acc, fun) do
    case next_all(cursors, [], []) do
      {:ok, elems, rest} -> zip_cursors(rest, [fun.(elems) | acc], fun)
      :done -> :lists.reverse(acc)
    end
  end

  def unzip(enumerable), do: unzip(fold_list(enumerable), [], [])

  defp unzip([{a, b} | t], as, bs), do: unzip(t, [a | as], [b | bs])
  defp unzip([], as, bs), do: {:lists.reverse(as), :lists.reverse(bs)}

  # ------------------------------------------------------------------------------------
  # Sorting
  # ------------------------------------------------------------------------------------

  def sort(list) when is_list(list), do: :lists.sort(list)
  def sort(enumerable), do: :lists.sort(fold_list(enumerable))

  def sort(enumerable, :asc), do: :lists.sort(fold_list(enumerable))
  def sort(enumerable, sorter), do: fun_sort(fold_list(enumerable), to_sort_fun(sorter))

  defp to_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp to_sort_fun(:asc), do: &<=/2
  defp to_sort_fun(:desc), do: &>=/2
  defp to_sort_fun(module) when is_atom(module), do: fn a, b -> module.compare(a, b) != :gt end

  defp to_sort_fun({:asc, module}) when is_atom(module),
    do: fn a, b -> module.compare(a, b) != :gt end

  defp to_sort_fun({:desc, module}) when is_atom(module),
    do: fn a, b -> module.compare(a, b) != :lt end

  def sort_by(enumerable, mapper, sorter \\ :asc)

  def sort_by(enumerable, mapper, :asc) when is_function(mapper, 1) do
    firsts(:lists.keysort(2, pairs_by(enumerable, mapper)))
  end

  def sort_by(enumerable, mapper, :desc) when is_function(mapper, 1) do
    reversed = :lists.reverse(pairs_by(enumerable, mapper))
    reduce_list(:lists.keysort(2, reversed), [], fn {x, _}, acc -> [x | acc] end)
  end

  def sort_by(enumerable, mapper, sorter) when is_function(mapper, 1) do
    fun = to_sort_fun(sorter)
    pairs = pairs_by(enumerable, mapper)
    firsts(fun_sort(pairs, fn {_, a}, {_, b} -> fun.(a, b) end))
  end

  defp pairs_by(%{__struct__: Stream} = stream, mapper), do: tagged(stream, mapper)
  defp pairs_by(enumerable, mapper), do: map_list(fold_list(enumerable), fn x -> {x, mapper.(x)} end)

  defp firsts(pairs), do: firsts(pairs, [])
  defp firsts([{x, _} | t], acc), do: firsts(t, [x | acc])
  defp firsts([], acc), do: :lists.reverse(acc)

  # The merge sort of Erlang's lists:sort/2, so that sorters that are not stable (such as
  # &</2) give exactly the order Elixir gives. Runs of ascending or descending elements are
  # split off first, then merged pairwise, alternating direction.
  def __sort__(list, fun), do: fun_sort(list, fun)

  defp fun_sort([], _fun), do: []
  defp fun_sort([_] = list, _fun), do: list

  defp fun_sort([x, y | t], fun) do
    case fun.(x, y) do
      true -> fsplit_1(y, x, fun, t, [], [])
      false -> fsplit_2(y, x, fun, t, [], [])
    end
  end

  defp fsplit_1(y, x, fun, [z | l], r, rs) do
    case fun.(y, z) do
      true ->
        fsplit_1(z, y, fun, l, [x | r], rs)

      false ->
        case fun.(x, z) do
          true -> fsplit_1(y, z, fun, l, [x | r], rs)
          false when r == [] -> fsplit_1(y, x, fun, l, [z], rs)
          false -> fsplit_1_1(y, x, fun, l, r, rs, z)
        end
    end
  end

  defp fsplit_1(y, x, fun, [], r, rs), do: rfmergel([[y, x | r] | rs], [], fun, :asc)

  defp fsplit_1_1(y, x, fun, [z | l], r, rs, s) do
    case fun.(y, z) do
      true ->
        fsplit_1_1(z, y, fun, l, [x | r], rs, s)

      false ->
        case fun.(x, z) do
          true ->
            fsplit_1_1(y, z, fun, l, [x | r], rs, s)

          false ->
            case fun.(s, z) do
              true -> fsplit_1(z, s, fun, l, [], [[y, x | r] | rs])
              false -> fsplit_1(s, z, fun, l, [], [[y, x | r] | rs])
            end
        end
    end
  end

  defp fsplit_1_1(y, x, fun, [], r, rs, s), do: rfmergel([[s], [y, x | r] | rs], [], fun, :asc)

  defp fsplit_2(y, x, fun, [z | l], r, rs) do
    case fun.(y, z) do
      false ->
        fsplit_2(z, y, fun, l, [x | r], rs)

      true ->
        case fun.(x, z) do
          false -> fsplit_2(y, z, fun, l, [x | r], rs)
          true when r == [] -> fsplit_2(y, x, fun, l, [z], rs)
          true -> fsplit_2_1(y, x, fun, l, r, rs, z)
        end
    end
  end

  defp fsplit_2(y, x, fun, [], r, rs), do: fmergel([[y, x | r] | rs], [], fun, :desc)

  defp fsplit_2_1(y, x, fun, [z | l], r, rs, s) do
    case fun.(y, z) do
      false ->
        fsplit_2_1(z, y, fun, l, [x | r], rs, s)

      true ->
        case fun.(x, z) do
          false ->
            fsplit_2_1(y, z, fun, l, [x | r], rs, s)

          true ->
            case fun.(s, z) do
              false -> fsplit_2(z, s, fun, l, [], [[y, x | r] | rs])
              true -> fsplit_2(s, z, fun, l, [], [[y, x | r] | rs])
            end
        end
    end
  end

  defp fsplit_2_1(y, x, fun, [], r, rs, s), do: fmergel([[s], [y, x | r] | rs], [], fun, :desc)

  defp fmergel([t1, [h2 | t2] | l], acc, fun, :asc),
    do: fmergel(l, [fmerge2_1(t1, h2, fun, t2, []) | acc], fun, :asc)

  defp fmergel([[h2 | t2], t1 | l], acc, fun, :desc),
    do: fmergel(l, [fmerge2_1(t1, h2, fun, t2, []) | acc], fun, :desc)

  defp fmergel([l], [], _fun, _o), do: l
  defp fmergel([l], acc, fun, o), do: rfmergel([:lists.reverse(l) | acc], [], fun, o)
  defp fmergel([], acc, fun, o), do: rfmergel(acc, [], fun, o)

  defp rfmergel([[h2 | t2], t1 | l], acc, fun, :asc),
    do: rfmergel(l, [rfmerge2_1(t1, h2, fun, t2, []) | acc], fun, :asc)

  defp rfmergel([t1, [h2 | t2] | l], acc, fun, :desc),
    do: rfmergel(l, [rfmerge2_1(t1, h2, fun, t2, []) | acc], fun, :desc)

  defp rfmergel([l], acc, fun, o), do: fmergel([:lists.reverse(l) | acc], [], fun, o)
  defp rfmergel([], acc, fun, o), do: fmergel(acc, [], fun, o)

  defp fmerge2_1([h1 | t1], h2, fun, t2, m) do
    case fun.(h1, h2) do
      true -> fmerge2_1(t1, h2, fun, t2, [h1 | m])
      false -> fmerge2_2(h1, t1, fun, t2, [h2 | m])
    end
  end

  defp fmerge2_1([], h2, _fun, t2, m), do: :lists.reverse(t2, [h2 | m])

  defp fmerge2_2(h1, t1, fun, [h2 | t2], m) do
    case fun.(h1, h2) do
      true -> fmerge2_1(t1, h2, fun, t2, [h1 | m])
      false -> fmerge2_2(h1, t1, fun, t2, [h2 | m])
    end
  end

  defp fmerge2_2(h1, t1, _fun, [], m), do: :lists.reverse(t1, [h1 | m])

  defp rfmerge2_1([h1 | t1], h2, fun, t2, m) do
    case fun.(h1, h2) do
      true -> rfmerge2_2(h1, t1, fun, t2, [h2 | m])
      false -> rfmerge2_1(t1, h2, fun, t2, [h1 | m])
    end
  end

  defp rfmerge2_1([], h2, _fun, t2, m), do: :lists.reverse(t2, [h2 | m])

  defp rfmerge2_2(h1, t1, fun, [h2 | t2], m) do
    case fun.(h1, h2) do
      true -> rfmerge2_2(h1, t1, fun, t2, [h2 | m])
      false -> rfmerge2_1(t1, h2, fun, t2, [h1 | m])
    end
  end

  defp rfmerge2_2(h1, t1, _fun, [], m), do: :lists.reverse(t1, [h1 | m])

  # ------------------------------------------------------------------------------------
  # Randomness (a xorshift generator kept in the process dictionary)
  # ------------------------------------------------------------------------------------

  def random(%{__struct__: Range, first: first, last: last, step: step}) do
    case range_size(first, last, step) do
      0 -> raise Enum.EmptyError
      n -> first + (__random_integer__(n) - 1) * step
    end
  end

  def random(enumerable) do
    case to_list(enumerable) do
      [] -> raise Enum.EmptyError
      list -> :lists.nth(__random_integer__(length(list)), list)
    end
  end

  def shuffle(enumerable) do
    tagged = reduce_list(to_list(enumerable), [], fn x, acc -> [{__random_integer__(9_007_199_254_740_992), x} | acc] end)
    firsts_second(:lists.keysort(1, tagged))
  end

  defp firsts_second(pairs), do: reduce_list(pairs, [], fn {_, x}, acc -> [x | acc] end) |> :lists.reverse()

  def take_random(_enumerable, 0), do: []

  def take_random(enumerable, count) when is_integer(count) and count > 0 do
    take_list(shuffle(enumerable), count)
  end

  # A uniformly distributed integer in 1..n.
  @doc false
  def __random_integer__(n) do
    state =
      case :erlang.get(:__athanor_rand__) do
        :undefined -> seed()
        s -> s
      end

    state = xorshift(state)
    :erlang.put(:__athanor_rand__, state)
    rem(state, n) + 1
  end

  defp seed() do
    s = :erlang.band(:erlang.system_time() * 6_364_136_223_846_793_005 + :erlang.unique_integer(), 0xFFFFFFFFFFFFFFFF)
    if s == 0, do: 88_172_645_463_325_252, else: s
  end

  defp xorshift(x) do
    x = :erlang.band(:erlang.bxor(x, :erlang.bsl(x, 13)), 0xFFFFFFFFFFFFFFFF)
    x = :erlang.bxor(x, :erlang.bsr(x, 7))
    :erlang.band(:erlang.bxor(x, :erlang.bsl(x, 17)), 0xFFFFFFFFFFFFFFFF)
  end
end
