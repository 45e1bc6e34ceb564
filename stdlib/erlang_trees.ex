# Erlang's ordered collections: :gb_trees and :gb_sets (Andersson's general balanced trees,
# with OTP's {Size, Tree} representation and rebalancing rule, so trees built the same way
# have the same shape), :orddict and :ordsets (sorted lists), and :sets (kept as a map of
# elements, like OTP's version-2 sets; OTP 25's default representation differs).

defmodule :gb_trees do
  def empty(), do: {0, nil}

  def is_empty({0, nil}), do: true
  def is_empty(_), do: false

  def size({size, _}) when is_integer(size) and size >= 0, do: size

  def lookup(key, {_, t}), do: lookup_(key, t)

  defp lookup_(key, {k, _, smaller, _}) when key < k, do: lookup_(key, smaller)
  defp lookup_(key, {k, _, _, bigger}) when key > k, do: lookup_(key, bigger)
  defp lookup_(_, {_, v, _, _}), do: {:value, v}
  defp lookup_(_, nil), do: :none

  def is_defined(key, {_, t}), do: lookup_(key, t) != :none

  def get(key, {_, t}) do
    {:value, v} = lookup_(key, t)
    v
  end

  def update(key, value, {s, t}), do: {s, update_(key, value, t)}

  defp update_(key, value, {k, v, smaller, bigger}) when key < k,
    do: {k, v, update_(key, value, smaller), bigger}

  defp update_(key, value, {k, v, smaller, bigger}) when key > k,
    do: {k, v, smaller, update_(key, value, bigger)}

  defp update_(key, value, {_, _, smaller, bigger}), do: {key, value, smaller, bigger}

  def insert(key, value, {s, t}) when is_integer(s) do
    s1 = s + 1
    {s1, insert_(key, value, t, s1 * s1)}
  end

  # Returns {tree, height, size} while the path might need rebalancing (the size budget s
  # halves at each level), a bare node otherwise.
  defp insert_(key, value, {k, v, smaller, bigger}, s) when key < k do
    case insert_(key, value, smaller, :erlang.bsr(s, 1)) do
      {t1, h1, s1} when is_integer(h1) and is_integer(s1) ->
        rebalance_up({k, v, t1, bigger}, h1, s1, count(bigger))

      t1 ->
        {k, v, t1, bigger}
    end
  end

  defp insert_(key, value, {k, v, smaller, bigger}, s) when key > k do
    case insert_(key, value, bigger, :erlang.bsr(s, 1)) do
      {t1, h1, s1} when is_integer(h1) and is_integer(s1) ->
        rebalance_up({k, v, smaller, t1}, h1, s1, count(smaller))

      t1 ->
        {k, v, smaller, t1}
    end
  end

  defp insert_(key, value, nil, 0), do: {{key, value, nil, nil}, 1, 1}
  defp insert_(key, value, nil, _s), do: {key, value, nil, nil}
  defp insert_(key, _, _, _), do: :erlang.error({:key_exists, key})

  defp rebalance_up(t, h1, s1, {h2, s2}) do
    h = :erlang.bsl(max(h1, h2), 1)
    ss = s1 + s2 + 1

    if h > ss * ss, do: balance_tree(t, ss), else: {t, h, ss}
  end

  defp count({_, _, nil, nil}), do: {1, 1}

  defp count({_, _, sm, bi}) do
    {h1, s1} = count(sm)
    {h2, s2} = count(bi)
    {:erlang.bsl(max(h1, h2), 1), s1 + s2 + 1}
  end

  defp count(nil), do: {1, 0}

  def enter(key, value, tree) do
    if is_defined(key, tree), do: update(key, value, tree), else: insert(key, value, tree)
  end

  def balance({s, t}) when is_integer(s) and s >= 0, do: {s, balance_tree(t, s)}

  defp balance_tree(t, s), do: balance_list(to_list_(t, []), s)

  defp balance_list(list, s) do
    {t, []} = balance_list_(list, s)
    t
  end

  defp balance_list_(list, s) when s > 1 do
    sm = s - 1
    s2 = div(sm, 2)
    s1 = sm - s2
    {t1, [{k, v} | l1]} = balance_list_(list, s1)
    {t2, l2} = balance_list_(l1, s2)
    {{k, v, t1, t2}, l2}
  end

  defp balance_list_([{k, v} | l], 1), do: {{k, v, nil, nil}, l}
  defp balance_list_(list, 0), do: {nil, list}

  def from_orddict(list) do
    s = length(list)
    {s, balance_list(list, s)}
  end

  def delete_any(key, tree), do: if(is_defined(key, tree), do: delete(key, tree), else: tree)

  def delete(key, {s, t}) when is_integer(s) and s >= 0, do: {s - 1, delete_(key, t)}

  defp delete_(key, {k, v, smaller, larger}) when key < k, do: {k, v, delete_(key, smaller), larger}
  defp delete_(key, {k, v, smaller, bigger}) when key > k, do: {k, v, smaller, delete_(key, bigger)}
  defp delete_(_, {_, _, smaller, larger}), do: merge(smaller, larger)

  defp merge(smaller, nil), do: smaller
  defp merge(nil, larger), do: larger

  defp merge(smaller, larger) do
    {k, v, larger1} = take_smallest_(larger)
    {k, v, smaller, larger1}
  end

  def take_any(key, tree), do: if(is_defined(key, tree), do: take(key, tree), else: :error)

  def take(key, {s, t}) when is_integer(s) and s >= 0 do
    {value, rest} = take_(key, t)
    {value, {s - 1, rest}}
  end

  defp take_(key, {k, v, smaller, larger}) when key < k do
    {value, smaller1} = take_(key, smaller)
    {value, {k, v, smaller1, larger}}
  end

  defp take_(key, {k, v, smaller, bigger}) when key > k do
    {value, bigger1} = take_(key, bigger)
    {value, {k, v, smaller, bigger1}}
  end

  defp take_(_, {_, v, smaller, larger}), do: {v, merge(smaller, larger)}

  def take_smallest({size, tree}) when is_integer(size) and size >= 0 do
    {k, v, larger} = take_smallest_(tree)
    {k, v, {size - 1, larger}}
  end

  defp take_smallest_({k, v, nil, larger}), do: {k, v, larger}

  defp take_smallest_({k, v, smaller, larger}) do
    {k1, v1, smaller1} = take_smallest_(smaller)
    {k1, v1, {k, v, smaller1, larger}}
  end

  def smallest({_, tree}), do: smallest_(tree)

  defp smallest_({k, v, nil, _}), do: {k, v}
  defp smallest_({_, _, smaller, _}), do: smallest_(smaller)

  def take_largest({size, tree}) when is_integer(size) and size >= 0 do
    {k, v, smaller} = take_largest_(tree)
    {k, v, {size - 1, smaller}}
  end

  defp take_largest_({k, v, smaller, nil}), do: {k, v, smaller}

  defp take_largest_({k, v, smaller, larger}) do
    {k1, v1, larger1} = take_largest_(larger)
    {k1, v1, {k, v, smaller, larger1}}
  end

  def largest({_, tree}), do: largest_(tree)

  defp largest_({k, v, _, nil}), do: {k, v}
  defp largest_({_, _, _, larger}), do: largest_(larger)

  def to_list({_, t}), do: to_list_(t, [])

  defp to_list_({k, v, small, big}, acc), do: to_list_(small, [{k, v} | to_list_(big, acc)])
  defp to_list_(nil, acc), do: acc

  def keys({_, t}), do: keys_(t, [])

  defp keys_({k, _, small, big}, acc), do: keys_(small, [k | keys_(big, acc)])
  defp keys_(nil, acc), do: acc

  def values({_, t}), do: values_(t, [])

  defp values_({_, v, small, big}, acc), do: values_(small, [v | values_(big, acc)])
  defp values_(nil, acc), do: acc

  def iterator({_, t}), do: iter_down(t, [])

  defp iter_down({_, _, nil, _} = t, stack), do: [t | stack]
  defp iter_down({_, _, l, _} = t, stack), do: iter_down(l, [t | stack])
  defp iter_down(nil, stack), do: stack

  def iterator_from(key, {_, t}), do: iter_from(key, t, [])

  defp iter_from(key, {k, _, _, t}, stack) when k < key, do: iter_from(key, t, stack)
  defp iter_from(_, {_, _, nil, _} = t, stack), do: [t | stack]
  defp iter_from(key, {_, _, l, _} = t, stack), do: iter_from(key, l, [t | stack])
  defp iter_from(_, nil, stack), do: stack

  def next([{k, v, _, t} | stack]), do: {k, v, iter_down(t, stack)}
  def next([]), do: :none

  def map(fun, {size, tree}) when is_function(fun, 2), do: {size, map_(fun, tree)}

  defp map_(_, nil), do: nil
  defp map_(fun, {k, v, smaller, larger}), do: {k, fun.(k, v), map_(fun, smaller), map_(fun, larger)}
end

defmodule :gb_sets do
  def empty(), do: {0, nil}
  def new(), do: empty()
  def is_empty({0, nil}), do: true
  def is_empty(_), do: false
  def size({size, _}), do: size

  def singleton(key), do: {1, {key, nil, nil}}

  def is_member(key, {_, t}), do: member_(key, t)
  def is_element(key, set), do: is_member(key, set)

  defp member_(key, {k, smaller, _}) when key < k, do: member_(key, smaller)
  defp member_(key, {k, _, bigger}) when key > k, do: member_(key, bigger)
  defp member_(_, {_, _, _}), do: true
  defp member_(_, nil), do: false

  def insert(key, {s, t}) do
    s1 = s + 1
    {s1, insert_(key, t, s1 * s1)}
  end

  defp insert_(key, {k, smaller, bigger}, s) when key < k do
    case insert_(key, smaller, :erlang.bsr(s, 1)) do
      {t1, h1, s1} when is_integer(h1) -> rebalance_up({k, t1, bigger}, h1, s1, count(bigger))
      t1 -> {k, t1, bigger}
    end
  end

  defp insert_(key, {k, smaller, bigger}, s) when key > k do
    case insert_(key, bigger, :erlang.bsr(s, 1)) do
      {t1, h1, s1} when is_integer(h1) -> rebalance_up({k, smaller, t1}, h1, s1, count(smaller))
      t1 -> {k, smaller, t1}
    end
  end

  defp insert_(key, nil, 0), do: {{key, nil, nil}, 1, 1}
  defp insert_(key, nil, _s), do: {key, nil, nil}
  defp insert_(key, _, _), do: :erlang.error({:key_exists, key})

  defp rebalance_up(t, h1, s1, {h2, s2}) do
    h = :erlang.bsl(max(h1, h2), 1)
    ss = s1 + s2 + 1
    if h > ss * ss, do: balance_tree(t, ss), else: {t, h, ss}
  end

  defp count({_, nil, nil}), do: {1, 1}

  defp count({_, sm, bi}) do
    {h1, s1} = count(sm)
    {h2, s2} = count(bi)
    {:erlang.bsl(max(h1, h2), 1), s1 + s2 + 1}
  end

  defp count(nil), do: {1, 0}

  def add_element(key, set), do: add(key, set)
  def add(key, set), do: if(is_member(key, set), do: set, else: insert(key, set))

  def balance({s, t}), do: {s, balance_tree(t, s)}

  defp balance_tree(t, s), do: balance_list(to_list_(t, []), s)

  defp balance_list(list, s) do
    {t, []} = balance_list_(list, s)
    t
  end

  defp balance_list_(list, s) when s > 1 do
    sm = s - 1
    s2 = div(sm, 2)
    s1 = sm - s2
    {t1, [k | l1]} = balance_list_(list, s1)
    {t2, l2} = balance_list_(l1, s2)
    {{k, t1, t2}, l2}
  end

  defp balance_list_([k | l], 1), do: {{k, nil, nil}, l}
  defp balance_list_(list, 0), do: {nil, list}

  def from_ordset(list) do
    s = length(list)
    {s, balance_list(list, s)}
  end

  def from_list(list), do: from_ordset(:lists.usort(list))

  def to_list({_, t}), do: to_list_(t, [])

  defp to_list_({k, small, big}, acc), do: to_list_(small, [k | to_list_(big, acc)])
  defp to_list_(nil, acc), do: acc

  def delete(key, {s, t}), do: {s - 1, delete_(key, t)}
  def del_element(key, set), do: delete_any(key, set)
  def delete_any(key, set), do: if(is_member(key, set), do: delete(key, set), else: set)

  defp delete_(key, {k, smaller, larger}) when key < k, do: {k, delete_(key, smaller), larger}
  defp delete_(key, {k, smaller, bigger}) when key > k, do: {k, smaller, delete_(key, bigger)}
  defp delete_(_, {_, smaller, larger}), do: merge(smaller, larger)

  defp merge(smaller, nil), do: smaller
  defp merge(nil, larger), do: larger

  defp merge(smaller, larger) do
    {k, larger1} = take_smallest_(larger)
    {k, smaller, larger1}
  end

  def take_smallest({s, t}) do
    {k, larger} = take_smallest_(t)
    {k, {s - 1, larger}}
  end

  defp take_smallest_({k, nil, larger}), do: {k, larger}

  defp take_smallest_({k, smaller, larger}) do
    {k1, smaller1} = take_smallest_(smaller)
    {k1, {k, smaller1, larger}}
  end

  def smallest({_, t}), do: smallest_(t)

  defp smallest_({k, nil, _}), do: k
  defp smallest_({_, smaller, _}), do: smallest_(smaller)

  def take_largest({s, t}) do
    {k, smaller} = take_largest_(t)
    {k, {s - 1, smaller}}
  end

  defp take_largest_({k, smaller, nil}), do: {k, smaller}

  defp take_largest_({k, smaller, larger}) do
    {k1, larger1} = take_largest_(larger)
    {k1, {k, smaller, larger1}}
  end

  def largest({_, t}), do: largest_(t)

  defp largest_({k, _, nil}), do: k
  defp largest_({_, _, larger}), do: largest_(larger)

  def union(a, b), do: from_ordset(:lists.umerge(to_list(a), to_list(b)))
  def intersection(a, b), do: from_ordset(Enum.filter(to_list(a), &is_member(&1, b)))
  def subtract(a, b), do: from_ordset(Enum.reject(to_list(a), &is_member(&1, b)))
  def difference(a, b), do: subtract(a, b)
  def is_subset(a, b), do: Enum.all?(to_list(a), &is_member(&1, b))
  def is_disjoint(a, b), do: not Enum.any?(to_list(a), &is_member(&1, b))
  def filter(pred, set), do: from_ordset(Enum.filter(to_list(set), pred))
  def fold(fun, acc, set), do: List.foldl(to_list(set), acc, fun)
end

defmodule :orddict do
  def new(), do: []
  def from_list(pairs), do: Enum.reduce(pairs, [], fn {k, v}, d -> store(k, v, d) end)
  def to_list(dict), do: dict
  def size(dict), do: length(dict)
  def is_empty(dict), do: dict == []
  def is_key(key, dict), do: fetch_pair(key, dict) != nil
  def fetch_keys(dict), do: Enum.map(dict, fn {k, _} -> k end)

  def find(key, dict) do
    case fetch_pair(key, dict) do
      {_, v} -> {:ok, v}
      nil -> :error
    end
  end

  def fetch(key, dict) do
    {_, v} = fetch_pair(key, dict)
    v
  end

  defp fetch_pair(key, [{k, _} | rest]) when key > k, do: fetch_pair(key, rest)
  defp fetch_pair(key, [{k, _} = pair | _]) when key == k, do: pair
  defp fetch_pair(_key, _), do: nil

  def store(key, value, [{k, _} = pair | rest]) when key > k, do: [pair | store(key, value, rest)]
  def store(key, value, [{k, _} | rest]) when key == k, do: [{key, value} | rest]
  def store(key, value, dict), do: [{key, value} | dict]

  def append(key, value, dict), do: update(key, &(&1 ++ [value]), [value], dict)
  def append_list(key, values, dict), do: update(key, &(&1 ++ values), values, dict)

  def erase(key, [{k, _} = pair | rest]) when key > k, do: [pair | erase(key, rest)]
  def erase(key, [{k, _} | rest]) when key == k, do: rest
  def erase(_key, dict), do: dict

  def take(key, dict) do
    case find(key, dict) do
      {:ok, v} -> {v, erase(key, dict)}
      :error -> :error
    end
  end

  def update(key, fun, [{k, _} = pair | rest]) when key > k, do: [pair | update(key, fun, rest)]
  def update(key, fun, [{k, v} | rest]) when key == k, do: [{k, fun.(v)} | rest]

  def update(key, fun, initial, [{k, _} = pair | rest]) when key > k,
    do: [pair | update(key, fun, initial, rest)]

  def update(key, fun, _initial, [{k, v} | rest]) when key == k, do: [{k, fun.(v)} | rest]
  def update(key, _fun, initial, dict), do: [{key, initial} | dict]

  def update_counter(key, incr, dict), do: update(key, &(&1 + incr), incr, dict)
  def map(fun, dict), do: Enum.map(dict, fn {k, v} -> {k, fun.(k, v)} end)
  def filter(pred, dict), do: Enum.filter(dict, fn {k, v} -> pred.(k, v) end)
  def fold(fun, acc, dict), do: List.foldl(dict, acc, fn {k, v}, a -> fun.(k, v, a) end)

  def merge(fun, d1, d2) do
    Enum.reduce(d2, d1, fn {k, v2}, acc ->
      case find(k, acc) do
        {:ok, v1} -> store(k, fun.(k, v1, v2), acc)
        :error -> store(k, v2, acc)
      end
    end)
  end
end

defmodule :ordsets do
  def new(), do: []
  def from_list(list), do: :lists.usort(list)
  def to_list(set), do: set
  def size(set), do: length(set)
  def is_empty(set), do: set == []
  def is_set(list) when is_list(list), do: list == :lists.usort(list)
  def is_set(_), do: false
  def is_element(x, set), do: Enum.any?(set, &(&1 == x))
  def add_element(x, set), do: :lists.umerge([x], set)
  def del_element(x, set), do: Enum.reject(set, &(&1 == x))
  def union(a, b), do: :lists.umerge(a, b)
  def union(sets), do: Enum.reduce(sets, [], &:lists.umerge(&2, &1))
  def intersection(a, b), do: Enum.filter(a, &is_element(&1, b))
  def intersection([h | t]), do: Enum.reduce(t, h, &intersection(&2, &1))
  def subtract(a, b), do: Enum.reject(a, &is_element(&1, b))
  def is_subset(a, b), do: Enum.all?(a, &is_element(&1, b))
  def is_disjoint(a, b), do: not Enum.any?(a, &is_element(&1, b))
  def filter(pred, set), do: Enum.filter(set, pred)
  def fold(fun, acc, set), do: List.foldl(set, acc, fun)
end

defmodule :sets do
  def new(), do: %{}
  def new(_options), do: %{}
  def from_list(list), do: :maps.from_keys(list, [])
  def from_list(list, _options), do: from_list(list)
  def to_list(set), do: :maps.keys(set)
  def size(set), do: map_size(set)
  def is_empty(set), do: map_size(set) == 0
  def is_set(set), do: is_map(set)
  def is_element(x, set), do: :maps.is_key(x, set)
  def add_element(x, set), do: :maps.put(x, [], set)
  def del_element(x, set), do: :maps.remove(x, set)
  def union(a, b), do: :maps.merge(a, b)
  def union(sets), do: Enum.reduce(sets, %{}, &:maps.merge(&2, &1))
  def intersection(a, b), do: :maps.with(:maps.keys(a), b)
  def intersection([h | t]), do: Enum.reduce(t, h, &intersection(&2, &1))
  def subtract(a, b), do: :maps.without(:maps.keys(b), a)
  def is_subset(a, b), do: Enum.all?(:maps.keys(a), &:maps.is_key(&1, b))
  def is_disjoint(a, b), do: not Enum.any?(:maps.keys(a), &:maps.is_key(&1, b))
  def filter(pred, set), do: :maps.from_keys(Enum.filter(:maps.keys(set), pred), [])
  def fold(fun, acc, set), do: List.foldl(:maps.keys(set), acc, fun)
end
