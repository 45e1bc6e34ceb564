# The parts of Erlang's :lists, :maps, :proplists, :string, :rand and :os that are not
# runtime BIFs (the BIFs in runtime/include/athanor/bifs.def take precedence).

defmodule :lists do
  def foldl(fun, acc, list) when is_function(fun, 2) and is_list(list), do: foldl_(list, fun, acc)

  defp foldl_([h | t], fun, acc), do: foldl_(t, fun, fun.(h, acc))
  defp foldl_([], _fun, acc), do: acc

  def foldr(fun, acc, list) when is_function(fun, 2) and is_list(list),
    do: foldl_(:lists.reverse(list), fun, acc)

  def map(fun, list) when is_function(fun, 1) and is_list(list), do: Enum.map(list, fun)
  def flatmap(fun, list) when is_function(fun, 1) and is_list(list), do: Enum.flat_map(list, fun)

  def filter(pred, list) when is_function(pred, 1) and is_list(list),
    do: Enum.filter(list, fn x -> pred.(x) == true end)

  def foreach(fun, list) when is_function(fun, 1) and is_list(list) do
    Enum.each(list, fun)
    :ok
  end

  def any(pred, list) when is_function(pred, 1) and is_list(list), do: any_(list, pred)

  defp any_([h | t], pred) do
    case pred.(h) do
      true -> true
      false -> any_(t, pred)
    end
  end

  defp any_([], _pred), do: false

  def all(pred, list) when is_function(pred, 1) and is_list(list), do: all_(list, pred)

  defp all_([h | t], pred) do
    case pred.(h) do
      true -> all_(t, pred)
      false -> false
    end
  end

  defp all_([], _pred), do: true

  def mapfoldl(fun, acc, list) when is_function(fun, 2) and is_list(list),
    do: Enum.map_reduce(list, acc, fun)

  def mapfoldr(fun, acc, list) when is_function(fun, 2) and is_list(list) do
    {mapped, acc} = Enum.map_reduce(:lists.reverse(list), acc, fun)
    {:lists.reverse(mapped), acc}
  end

  def filtermap(fun, list) when is_function(fun, 1) and is_list(list) do
    Enum.flat_map(list, fn x ->
      case fun.(x) do
        true -> [x]
        {true, y} -> [y]
        false -> []
      end
    end)
  end

  def partition(pred, list) when is_function(pred, 1) and is_list(list),
    do: Enum.split_with(list, fn x -> pred.(x) == true end)

  def takewhile(pred, list) when is_function(pred, 1) and is_list(list),
    do: Enum.take_while(list, fn x -> pred.(x) == true end)

  def dropwhile(pred, list) when is_function(pred, 1) and is_list(list),
    do: Enum.drop_while(list, fn x -> pred.(x) == true end)

  def splitwith(pred, list) when is_function(pred, 1) and is_list(list),
    do: Enum.split_while(list, fn x -> pred.(x) == true end)

  def search(pred, [h | t]) when is_function(pred, 1),
    do: if(pred.(h), do: {:value, h}, else: search(pred, t))

  def search(pred, []) when is_function(pred, 1), do: false

  def zip3(a, b, c), do: Enum.zip([a, b, c])
  def zipwith(fun, a, b) when is_function(fun, 2), do: Enum.zip_with(a, b, fun)

  def zipwith3(fun, a, b, c) when is_function(fun, 3),
    do: Enum.zip_with([a, b, c], fn [x, y, z] -> fun.(x, y, z) end)

  def unzip(list) when is_list(list), do: Enum.unzip(list)

  def unzip3(list) when is_list(list) do
    {as, bs, cs} =
      Enum.reduce(list, {[], [], []}, fn {a, b, c}, {as, bs, cs} -> {[a | as], [b | bs], [c | cs]} end)

    {:lists.reverse(as), :lists.reverse(bs), :lists.reverse(cs)}
  end

  def keytake(key, n, list) when is_integer(n) and n > 0 and is_list(list) do
    case :lists.keyfind(key, n, list) do
      false -> false
      tuple -> {:value, tuple, :lists.keydelete(key, n, list)}
    end
  end

  def keymap(fun, n, list) when is_function(fun, 1) and is_integer(n) and n > 0,
    do: Enum.map(list, fn t -> :erlang.setelement(n, t, fun.(:erlang.element(n, t))) end)

  def sort(fun, list) when is_function(fun, 2) and is_list(list), do: Enum.__sort__(list, fun)

  def usort(fun, list) when is_function(fun, 2) and is_list(list) do
    # equal neighbours (fun both ways) collapse to the first
    Enum.__sort__(list, fun)
    |> Enum.dedup_by(fn x -> x end)
    |> usort_dedup(fun, [])
  end

  defp usort_dedup([a, b | t], fun, acc) do
    if fun.(a, b) and fun.(b, a), do: usort_dedup([a | t], fun, acc), else: usort_dedup([b | t], fun, [a | acc])
  end

  defp usort_dedup([a], _fun, acc), do: :lists.reverse([a | acc])
  defp usort_dedup([], _fun, acc), do: :lists.reverse(acc)

  def merge(list1, list2) when is_list(list1) and is_list(list2), do: merge(fn a, b -> a <= b end, list1, list2)

  def merge(fun, list1, list2) when is_function(fun, 2), do: merge_(list1, list2, fun, [])

  defp merge_([a | ta] = la, [b | tb] = lb, fun, acc) do
    if fun.(a, b), do: merge_(ta, lb, fun, [a | acc]), else: merge_(la, tb, fun, [b | acc])
  end

  defp merge_(la, lb, _fun, acc), do: :lists.reverse(acc, la ++ lb)

  def merge(lists) when is_list(lists), do: :lists.sort(:lists.append(lists))

  # Merges two sorted lists, dropping elements of the second equal (==) to one of the first.
  def umerge(list1, list2) when is_list(list1) and is_list(list2), do: umerge_(list1, list2, [])

  defp umerge_([a | ta] = la, [b | tb] = lb, acc) do
    cond do
      a < b -> umerge_(ta, lb, [a | acc])
      a == b -> umerge_(ta, tb, [a | acc])
      true -> umerge_(la, tb, [b | acc])
    end
  end

  defp umerge_(la, lb, acc), do: :lists.reverse(acc, la ++ lb)

  def subtract(list1, list2), do: list1 -- list2
  def concat(things), do: :erlang.binary_to_list(:erlang.iolist_to_binary(Enum.map(things, &concat_part/1)))

  defp concat_part(a) when is_atom(a), do: :erlang.atom_to_binary(a)
  defp concat_part(i) when is_integer(i), do: :erlang.integer_to_binary(i)
  defp concat_part(f) when is_float(f), do: :erlang.float_to_binary(f)
  defp concat_part(other), do: other

  def nthtail(0, list) when is_list(list), do: list
  def nthtail(n, [_ | t]) when is_integer(n) and n > 0, do: nthtail(n - 1, t)

  def droplast([_]), do: []
  def droplast([h | t]), do: [h | droplast(t)]

  def prefix(prefix, list), do: List.starts_with?(list, prefix)

  def suffix(suffix, list) do
    delta = length(list) - length(suffix)
    delta >= 0 and :lists.nthtail(delta, list) == suffix
  end

  def join(_sep, []), do: []
  def join(sep, [h | t]), do: [h | Enum.flat_map(t, fn x -> [sep, x] end)]

  def enumerate(list), do: enumerate(1, list)
  def enumerate(index, list) when is_integer(index) and is_list(list), do: Enum.with_index(list, index) |> Enum.map(fn {x, i} -> {i, x} end)

  def uniq(list) when is_list(list), do: Enum.uniq(list)
  def uniq(fun, list) when is_function(fun, 1) and is_list(list), do: Enum.uniq_by(list, fun)
end

defmodule :maps do
  def fold(fun, acc, map) when is_function(fun, 3) and is_map(map),
    do: Enum.reduce(Enum.__map_fold_list__(map), acc, fn {k, v}, acc -> fun.(k, v, acc) end)

  def map(fun, map) when is_function(fun, 2) and is_map(map),
    do: :maps.from_list(Enum.map(Enum.__map_fold_list__(map), fn {k, v} -> {k, fun.(k, v)} end))

  def filter(pred, map) when is_function(pred, 2) and is_map(map),
    do: :maps.from_list(Enum.filter(Enum.__map_fold_list__(map), fn {k, v} -> pred.(k, v) == true end))

  def filtermap(fun, map) when is_function(fun, 2) and is_map(map) do
    map
    |> Enum.__map_fold_list__()
    |> Enum.flat_map(fn {k, v} ->
      case fun.(k, v) do
        true -> [{k, v}]
        {true, nv} -> [{k, nv}]
        false -> []
      end
    end)
    |> :maps.from_list()
  end

  def foreach(fun, map) when is_function(fun, 2) and is_map(map) do
    Enum.each(Enum.__map_fold_list__(map), fn {k, v} -> fun.(k, v) end)
    :ok
  end

  def update_with(key, fun, map) when is_function(fun, 1) and is_map(map) do
    case map do
      %{^key => v} -> :maps.put(key, fun.(v), map)
      _ -> :erlang.error({:badkey, key})
    end
  end

  def update_with(key, fun, init, map) when is_function(fun, 1) and is_map(map) do
    case map do
      %{^key => v} -> :maps.put(key, fun.(v), map)
      _ -> :maps.put(key, init, map)
    end
  end

  def merge_with(fun, map1, map2) when is_function(fun, 3),
    do: Map.merge(map1, map2, fun)

  def intersect(map1, map2) when is_map(map1) and is_map(map2),
    do: :maps.with(:maps.keys(map1), map2)

  def intersect_with(fun, map1, map2) when is_function(fun, 3) and is_map(map1) and is_map(map2) do
    map1
    |> :maps.to_list()
    |> Enum.flat_map(fn {k, v1} ->
      case map2 do
        %{^k => v2} -> [{k, fun.(k, v1, v2)}]
        _ -> []
      end
    end)
    |> :maps.from_list()
  end

  def groups_from_list(key_fun, list) when is_function(key_fun, 1) and is_list(list),
    do: Enum.group_by(list, key_fun)

  def groups_from_list(key_fun, value_fun, list)
      when is_function(key_fun, 1) and is_function(value_fun, 1) and is_list(list),
      do: Enum.group_by(list, key_fun, value_fun)

  # Iterators are lists of pairs here (Erlang's are opaque).
  def iterator(map) when is_map(map), do: {:athanor_map_iterator, Enum.__map_fold_list__(map)}
  def next({:athanor_map_iterator, [{k, v} | rest]}), do: {k, v, {:athanor_map_iterator, rest}}
  def next({:athanor_map_iterator, []}), do: :none
end

defmodule :proplists do
  def get_value(key, list), do: get_value(key, list, :undefined)

  def get_value(key, [{key, value} | _], _default), do: value
  def get_value(key, [key | _], _default) when is_atom(key), do: true
  def get_value(key, [_ | rest], default), do: get_value(key, rest, default)
  def get_value(_key, [], default), do: default

  def get_all_values(key, list) do
    Enum.flat_map(list, fn
      {^key, value} -> [value]
      ^key when is_atom(key) -> [true]
      _ -> []
    end)
  end

  def lookup(key, [{key, _} = pair | _]), do: pair
  def lookup(key, [key | _]) when is_atom(key), do: {key, true}
  def lookup(key, [_ | rest]), do: lookup(key, rest)
  def lookup(_key, []), do: :none

  def lookup_all(key, list) do
    Enum.flat_map(list, fn
      {^key, _} = pair -> [pair]
      ^key when is_atom(key) -> [{key, true}]
      _ -> []
    end)
  end

  def is_defined(key, list), do: lookup(key, list) != :none

  def get_bool(key, list) do
    case lookup(key, list) do
      {_, true} -> true
      _ -> false
    end
  end

  def delete(key, list) do
    Enum.reject(list, fn
      {^key, _} -> true
      ^key -> true
      _ -> false
    end)
  end

  def get_keys(list) do
    list
    |> Enum.flat_map(fn
      {k, _} -> [k]
      k when is_atom(k) -> [k]
      _ -> []
    end)
    |> :lists.usort()
  end

  def property({key, true}) when is_atom(key), do: key
  def property(property), do: property
  def property(key, true) when is_atom(key), do: key
  def property(key, value), do: {key, value}

  def unfold(list) do
    Enum.map(list, fn
      k when is_atom(k) -> {k, true}
      other -> other
    end)
  end

  def compact(list), do: Enum.map(list, &property/1)
end

defmodule :rand do
  # The generator state lives in the process dictionary (see Enum.__random_integer__/1).
  def uniform(), do: (Enum.__random_integer__(9_007_199_254_740_992) - 1) / 9_007_199_254_740_992
  def uniform(n) when is_integer(n) and n >= 1, do: Enum.__random_integer__(n)
  def uniform_real(), do: uniform()

  def seed(_alg), do: seed(:exsss, :erlang.unique_integer())

  def seed(alg, seed) do
    s = :erlang.phash2(seed, 4_294_967_296) * 2_654_435_761 + 1
    :erlang.put(:__athanor_rand__, :erlang.band(s, 0xFFFFFFFFFFFFFFFF))
    {alg, seed}
  end

  def normal() do
    # Box-Muller
    u1 = 1.0 - uniform()
    u2 = uniform()
    :math.sqrt(-2.0 * :math.log(u1)) * :math.cos(2.0 * :math.pi() * u2)
  end

  def normal(mean, variance), do: mean + :math.sqrt(variance) * normal()
end

defmodule :os do
  def type(), do: {:unix, :linux}
  def system_time(), do: :erlang.system_time()
  def system_time(unit), do: :erlang.system_time(unit)

  def timestamp() do
    us = :erlang.system_time(:microsecond)
    {div(us, 1_000_000_000_000), rem(div(us, 1_000_000), 1_000_000), rem(us, 1_000_000)}
  end

  def getenv(name) when is_list(name) do
    case :athanor.getenv(:erlang.list_to_binary(name)) do
      value when is_binary(value) -> String.to_charlist(value)
      _ -> false
    end
  end

  def getenv(name, default) when is_list(name) do
    case getenv(name) do
      false -> default
      value -> value
    end
  end
end

defmodule :string do
  # For binaries (charlists are converted and the result converted back).
  def trim(s), do: trim(s, :both)
  def trim(s, dir), do: with_binary(s, fn b -> trim_binary(b, dir) end)

  defp trim_binary(b, :both), do: String.trim(b)
  defp trim_binary(b, :leading), do: String.trim_leading(b)
  defp trim_binary(b, :trailing), do: String.trim_trailing(b)

  def trim(s, dir, chars) when is_list(chars) do
    with_binary(s, fn b ->
      Enum.reduce(chars, b, fn c, acc ->
        pat = if is_integer(c), do: <<c::utf8>>, else: :athanor.to_string(c)

        case dir do
          :both -> String.trim(acc, pat)
          :leading -> String.trim_leading(acc, pat)
          :trailing -> String.trim_trailing(acc, pat)
        end
      end)
    end)
  end

  def uppercase(s), do: with_binary(s, &String.upcase/1)
  def lowercase(s), do: with_binary(s, &String.downcase/1)
  def titlecase(s), do: with_binary(s, fn b -> titlecase_binary(b) end)

  defp titlecase_binary(b) do
    case String.next_grapheme(b) do
      nil -> ""
      {first, rest} -> String.upcase(first) <> rest
    end
  end

  def reverse(s), do: String.to_charlist(String.reverse(to_binary(s)))
  def length(s), do: String.length(to_binary(s))
  def is_empty(s), do: to_binary(s) == ""
  def equal(a, b), do: to_binary(a) == to_binary(b)
  def slice(s, start), do: with_binary(s, fn b -> String.slice(b, start, String.length(b)) end)
  def slice(s, start, len), do: with_binary(s, fn b -> String.slice(b, start, len) end)
  def find(s, pattern), do: find(s, pattern, :leading)

  def find(s, pattern, :leading) do
    b = to_binary(s)

    case :binary.match(b, to_binary(pattern)) do
      :nomatch -> :nomatch
      {pos, _} -> back(s, :erlang.binary_part(b, pos, byte_size(b) - pos))
    end
  end

  def split(s, pattern), do: split(s, pattern, :leading)

  def split(s, pattern, where) do
    b = to_binary(s)
    parts =
      case where do
        :all -> :binary.split(b, to_binary(pattern), [:global])
        :leading -> :binary.split(b, to_binary(pattern))
        :trailing -> split_trailing(b, to_binary(pattern))
      end

    Enum.map(parts, fn p -> back(s, p) end)
  end

  defp split_trailing(b, pattern) do
    case :binary.matches(b, pattern) do
      [] ->
        [b]

      matches ->
        {pos, len} = List.last(matches)
        [:erlang.binary_part(b, 0, pos), :erlang.binary_part(b, pos + len, byte_size(b) - pos - len)]
    end
  end

  def lexemes(s, separators) do
    b = to_binary(s)
    seps = Enum.map(List.wrap(separators), fn c -> if is_integer(c), do: <<c::utf8>>, else: to_binary(c) end)
    b |> :binary.split(seps, [:global, :trim_all]) |> Enum.map(fn p -> back(s, p) end)
  end

  def join(list, sep) when is_list(list),
    do: :lists.append(:lists.join(sep, list))

  def concat(a, b), do: back(a, to_binary(a) <> to_binary(b))

  def to_integer(s) do
    b = to_binary(s)

    case Integer.parse(b) do
      {i, rest} -> {i, back(s, rest)}
      :error -> {:error, :no_integer}
    end
  end

  def to_float(s) do
    b = to_binary(s)

    case Float.parse(b) do
      {f, rest} -> {f, back(s, rest)}
      :error -> {:error, :no_float}
    end
  end

  def casefold(s), do: with_binary(s, &String.downcase/1)
  def chomp(s), do: with_binary(s, fn b -> String.replace_suffix(String.replace_suffix(b, "\n", ""), "\r", "") end)
  def to_graphemes(s), do: Enum.map(String.graphemes(to_binary(s)), &grapheme_back/1)

  defp grapheme_back(g) do
    case String.to_charlist(g) do
      [c] -> c
      cs -> cs
    end
  end

  def pad(s, n), do: pad(s, n, :trailing, ?\s)
  def pad(s, n, dir), do: pad(s, n, dir, ?\s)

  def pad(s, n, dir, char) do
    b = to_binary(s)
    fill = if is_integer(char), do: <<char::utf8>>, else: to_binary(char)
    missing = max(n - String.length(b), 0)

    case dir do
      :leading -> [String.duplicate(fill, missing) |> String.to_charlist(), s]
      :trailing -> [s, String.duplicate(fill, missing) |> String.to_charlist()]
      :both ->
        left = div(missing, 2)
        [String.to_charlist(String.duplicate(fill, left)), s, String.to_charlist(String.duplicate(fill, missing - left))]
    end
  end

  # The old (pre OTP 20) API on flat character lists.
  def to_upper(s) when is_list(s), do: Enum.map(s, &char_upper/1)
  def to_upper(c) when is_integer(c), do: char_upper(c)
  def to_lower(s) when is_list(s), do: Enum.map(s, &char_lower/1)
  def to_lower(c) when is_integer(c), do: char_lower(c)

  defp char_upper(c) when (c >= ?a and c <= ?z) or (c >= 0xE0 and c <= 0xFE and c != 0xF7), do: c - 32
  defp char_upper(c), do: c
  defp char_lower(c) when (c >= ?A and c <= ?Z) or (c >= 0xC0 and c <= 0xDE and c != 0xD7), do: c + 32
  defp char_lower(c), do: c

  def tokens(s, seps), do: Enum.map(lexemes(s, seps), &:athanor.to_string/1) |> Enum.map(&String.to_charlist/1)
  def words(s), do: words(s, ?\s)
  def words(s, char), do: Kernel.length(tokens(s, [char]))
  def copies(s, n) when is_integer(n) and n >= 0, do: List.flatten(List.duplicate(s, n))
  def len(s) when is_list(s), do: Kernel.length(s)
  def chars(c, n), do: List.duplicate(c, n)
  def chars(c, n, tail), do: List.duplicate(c, n) ++ tail
  def substr(s, start), do: Enum.drop(s, start - 1)
  def substr(s, start, len), do: Enum.slice(s, start - 1, len)
  def sub_string(s, start), do: substr(s, start)
  def sub_string(s, start, stop), do: substr(s, start, stop - start + 1)
  def left(s, n), do: left(s, n, ?\s)
  def left(s, n, c), do: Enum.take(s ++ List.duplicate(c, max(n - Kernel.length(s), 0)), n)
  def right(s, n), do: right(s, n, ?\s)

  def right(s, n, c) do
    l = Kernel.length(s)
    if l >= n, do: Enum.drop(s, l - n), else: List.duplicate(c, n - l) ++ s
  end

  def centre(s, n), do: centre(s, n, ?\s)

  def centre(s, n, c) do
    l = Kernel.length(s)

    if l >= n do
      Enum.slice(s, div(l - n, 2), n)
    else
      left = div(n - l, 2)
      List.duplicate(c, left) ++ s ++ List.duplicate(c, n - l - left)
    end
  end

  def strip(s), do: strip(s, :both, ?\s)
  def strip(s, dir), do: strip(s, dir, ?\s)

  def strip(s, dir, c) do
    lead = fn l -> Enum.drop_while(l, &(&1 == c)) end

    case dir do
      :left -> lead.(s)
      :right -> s |> Enum.reverse() |> lead.() |> Enum.reverse()
      :both -> s |> lead.() |> Enum.reverse() |> lead.() |> Enum.reverse()
    end
  end

  def str(s, sub), do: index_of(s, sub, 1)
  def rstr(s, sub), do: last_index_of(s, sub)
  def chr(s, c), do: Enum.find_index(s, &(&1 == c)) |> index1()
  def rchr(s, c), do: (Enum.reverse(s) |> Enum.find_index(&(&1 == c)) |> then(fn nil -> 0; i -> Kernel.length(s) - i end))

  defp index1(nil), do: 0
  defp index1(i), do: i + 1

  defp index_of(s, sub, i) do
    cond do
      List.starts_with?(s, sub) -> i
      s == [] -> 0
      true -> index_of(tl(s), sub, i + 1)
    end
  end

  defp last_index_of(s, sub) do
    n = Kernel.length(s)
    Enum.find(n..1//-1, 0, fn i -> List.starts_with?(Enum.drop(s, i - 1), sub) end)
  end

  defp to_binary(s) when is_binary(s), do: s
  defp to_binary(s), do: :athanor.to_string(s)

  defp back(original, b) when is_binary(original), do: b
  defp back(_original, b), do: String.to_charlist(b)

  defp with_binary(s, fun), do: back(s, fun.(to_binary(s)))
end
