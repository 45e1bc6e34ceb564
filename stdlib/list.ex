# List: functions on (linked) lists. Index arguments may be negative (counted from the end).
defmodule List do
  def delete(list, element) when is_list(list), do: :lists.delete(element, list)

  def duplicate(elem, n) when is_integer(n) and n >= 0, do: :lists.duplicate(n, elem)
  def duplicate(_elem, _n), do: raise(FunctionClauseError, module: :lists, function: :duplicate, arity: 2)

  def first(list, default \\ nil)
  def first([], default), do: default
  def first([h | _], _default), do: h

  def last(list, default \\ nil) do
    case {list, default} do
      {[], default} -> default
      {[_ | _], _} -> :lists.last(list)
    end
  end

  def flatten(list) when is_list(list), do: :lists.flatten(list)
  def flatten(_list), do: raise(FunctionClauseError, module: :lists, function: :flatten, arity: 1)

  def flatten(list, tail) when is_list(list) and is_list(tail), do: :lists.flatten(list, tail)

  def flatten(_list, _tail),
    do: raise(FunctionClauseError, module: :lists, function: :flatten, arity: 2)

  def foldl(list, acc, fun) when is_list(list) and is_function(fun, 2), do: foldl_list(list, acc, fun)

  defp foldl_list([h | t], acc, fun), do: foldl_list(t, fun.(h, acc), fun)
  defp foldl_list([], acc, _fun), do: acc

  def foldr(list, acc, fun) when is_list(list) and is_function(fun, 2),
    do: foldl_list(:lists.reverse(list), acc, fun)

  def wrap(list) when is_list(list), do: list
  def wrap(nil), do: []
  def wrap(other), do: [other]

  def zip([]), do: []
  def zip(lists) when is_list(lists), do: zip_lists(lists, [])

  defp zip_lists(lists, acc) do
    case heads_and_tails(lists, [], []) do
      {:ok, heads, tails} -> zip_lists(tails, [:erlang.list_to_tuple(heads) | acc])
      :done -> :lists.reverse(acc)
    end
  end

  defp heads_and_tails([[h | t] | rest], heads, tails),
    do: heads_and_tails(rest, [h | heads], [t | tails])

  defp heads_and_tails([[] | _], _heads, _tails), do: :done

  defp heads_and_tails([other | _], _heads, _tails) when not is_list(other),
    do: raise(FunctionClauseError, module: List, function: :to_list, arity: 1)

  defp heads_and_tails([], heads, tails), do: {:ok, :lists.reverse(heads), :lists.reverse(tails)}

  def improper?(list) when is_list(list), do: improper_list?(list)

  defp improper_list?([_ | t]), do: improper_list?(t)
  defp improper_list?([]), do: false
  defp improper_list?(_), do: true

  def ascii_printable?(list, limit \\ :infinity)
      when is_list(list) and (limit == :infinity or (is_integer(limit) and limit >= 0)) do
    ascii_printable_list(list, limit)
  end

  defp ascii_printable_list(_, 0), do: true
  defp ascii_printable_list([], _limit), do: true

  defp ascii_printable_list([c | t], limit) when is_integer(c) and c >= 32 and c <= 126,
    do: ascii_printable_list(t, decrement(limit))

  defp ascii_printable_list([c | t], limit) when c in [?\n, ?\r, ?\t, ?\v, ?\b, ?\f, ?\e, ?\a],
    do: ascii_printable_list(t, decrement(limit))

  defp ascii_printable_list(_, _limit), do: false

  defp decrement(:infinity), do: :infinity
  defp decrement(n), do: n - 1

  # ---- positional updates ----

  def insert_at(list, index, value) when is_list(list) and is_integer(index) do
    case index do
      -1 ->
        list ++ [value]

      _ when index < 0 ->
        case length(list) + index + 1 do
          i when i < 0 -> [value | list]
          i -> do_insert_at(list, i, value)
        end

      _ ->
        do_insert_at(list, index, value)
    end
  end

  defp do_insert_at([], _index, value), do: [value]
  defp do_insert_at(list, 0, value), do: [value | list]
  defp do_insert_at([h | t], index, value), do: [h | do_insert_at(t, index - 1, value)]

  def replace_at(list, index, value) when is_list(list) and is_integer(index) do
    case normalize_index(list, index) do
      i when i < 0 -> list
      i -> do_replace_at(list, i, value)
    end
  end

  defp do_replace_at([], _index, _value), do: []
  defp do_replace_at([_ | t], 0, value), do: [value | t]
  defp do_replace_at([h | t], index, value), do: [h | do_replace_at(t, index - 1, value)]

  def update_at(list, index, fun) when is_list(list) and is_integer(index) and is_function(fun, 1) do
    case normalize_index(list, index) do
      i when i < 0 -> list
      i -> do_update_at(list, i, fun)
    end
  end

  defp do_update_at([], _index, _fun), do: []
  defp do_update_at([h | t], 0, fun), do: [fun.(h) | t]
  defp do_update_at([h | t], index, fun), do: [h | do_update_at(t, index - 1, fun)]

  def delete_at(list, index) when is_list(list) and is_integer(index) do
    elem(pop_at(list, index), 1)
  end

  def pop_at(list, index, default \\ nil) when is_list(list) and is_integer(index) do
    case normalize_index(list, index) do
      i when i < 0 -> {default, list}
      i -> do_pop_at(list, i, default, [])
    end
  end

  defp do_pop_at([], _index, default, acc), do: {default, :lists.reverse(acc)}
  defp do_pop_at([h | t], 0, _default, acc), do: {h, :lists.reverse(acc, t)}
  defp do_pop_at([h | t], index, default, acc), do: do_pop_at(t, index - 1, default, [h | acc])

  defp normalize_index(_list, index) when index >= 0, do: index
  defp normalize_index(list, index), do: length(list) + index

  def starts_with?([h | t], [h | rest]), do: starts_with?(t, rest)
  def starts_with?(list, []) when is_list(list), do: true
  def starts_with?(list, [_ | _]) when is_list(list), do: false

  # ---- key functions (tuples in a list, positions are zero-based) ----

  def keyfind(list, key, position, default \\ nil) when is_integer(position) do
    :lists.keyfind(key, position + 1, list) || default
  end

  def keyfind!(list, key, position) when is_integer(position) do
    :lists.keyfind(key, position + 1, list) ||
      raise KeyError,
        key: key,
        term: list,
        message: "key #{inspect(key)} at position #{inspect(position)} not found in: #{inspect(list)}"
  end

  def keymember?(list, key, position) when is_integer(position),
    do: :lists.keymember(key, position + 1, list)

  def keydelete(list, key, position) when is_integer(position),
    do: :lists.keydelete(key, position + 1, list)

  def keyreplace(list, key, position, new_tuple) when is_integer(position),
    do: :lists.keyreplace(key, position + 1, list, new_tuple)

  def keystore(list, key, position, new_tuple) when is_integer(position),
    do: :lists.keystore(key, position + 1, list, new_tuple)

  def keytake(list, key, position) when is_integer(position) do
    case :lists.keyfind(key, position + 1, list) do
      false -> nil
      tuple -> {tuple, :lists.keydelete(key, position + 1, list)}
    end
  end

  def keysort(list, position, sorter \\ :asc)

  def keysort(list, position, :asc) when is_list(list) and is_integer(position),
    do: :lists.keysort(position + 1, list)

  def keysort(list, position, sorter) when is_list(list) and is_integer(position) do
    fun = keysort_fun(sorter)
    i = position + 1
    Enum.__sort__(list, fn a, b -> fun.(:erlang.element(i, a), :erlang.element(i, b)) end)
  end

  defp keysort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp keysort_fun(:desc), do: &>=/2
  defp keysort_fun(module) when is_atom(module), do: fn a, b -> module.compare(a, b) != :gt end

  defp keysort_fun({:asc, module}) when is_atom(module),
    do: fn a, b -> module.compare(a, b) != :gt end

  defp keysort_fun({:desc, module}) when is_atom(module),
    do: fn a, b -> module.compare(a, b) != :lt end

  # ---- conversions ----

  def to_atom(charlist), do: :erlang.list_to_atom(charlist)
  def to_existing_atom(charlist), do: :erlang.list_to_existing_atom(charlist)
  def to_float(charlist), do: :erlang.list_to_float(charlist)
  def to_integer(charlist), do: :erlang.list_to_integer(charlist)
  def to_integer(charlist, base), do: :erlang.list_to_integer(charlist, base)
  def to_tuple(list), do: :erlang.list_to_tuple(list)
  def to_string(list) when is_list(list), do: :athanor.to_string(list)

  def to_charlist(list) when is_list(list) do
    case :athanor.to_string(list) do
      binary -> String.to_charlist(binary)
    end
  end

  # ---- edit scripts (Myers' O(ND) algorithm) ----
  #
  # Paths are {y, rest1, rest2, edits_reversed}, one per diagonal of the current envelope,
  # explored in the same order and with the same tie-breaking as Elixir 1.14 so that
  # equally short scripts come out identical.

  def myers_difference(list1, list2) when is_list(list1) and is_list(list2),
    do: myers(list1, list2, nil)

  def myers_difference(list1, list2, diff_script)
      when is_list(list1) and is_list(list2) and is_function(diff_script),
      do: myers(list1, list2, diff_script)

  defp myers(list1, list2, diff_script), do: myers_envelope(0, [{0, list1, list2, []}], diff_script)

  defp myers_envelope(envelope, paths, diff_script) do
    case myers_diagonals(-envelope, envelope, paths, [], diff_script) do
      {:done, edits} -> compact_edits(edits, [])
      {:next, paths} -> myers_envelope(envelope + 1, paths, diff_script)
    end
  end

  defp myers_diagonals(diag, limit, _paths, next, _ds) when diag > limit,
    do: {:next, :lists.reverse(next)}

  defp myers_diagonals(diag, limit, paths, next, ds) do
    {path, rest} = myers_step(diag, limit, paths, ds)

    case myers_snake(path) do
      {:cont, path} -> myers_diagonals(diag + 2, limit, rest, [path | next], ds)
      {:done, _} = done -> done
    end
  end

  defp myers_step(0, 0, [path], _ds), do: {path, []}
  defp myers_step(diag, limit, [path | _] = paths, ds) when diag == -limit, do: {myers_down(path, ds), paths}
  defp myers_step(diag, limit, [path], ds) when diag == limit, do: {myers_right(path, ds), []}

  defp myers_step(_diag, _limit, [{y1, _, _, _} = p1, {y2, _, _, _} = p2 | rest], ds) do
    if y1 > y2,
      do: {myers_right(p1, ds), [p2 | rest]},
      else: {myers_down(p2, ds), [p2 | rest]}
  end

  # right = insert from list2, down = delete from list1; with a diff_script both try a
  # nested :diff of the two heads first.
  defp myers_right({y, [a | rest1] = list1, [b | rest2], edits}, ds) when ds != nil do
    case ds.(a, b) do
      diff when diff != nil and diff != false -> {y + 1, rest1, rest2, [{:diff, diff} | edits]}
      _ -> {y, list1, rest2, [{:ins, b} | edits]}
    end
  end

  defp myers_right({y, list1, [b | rest2], edits}, _ds), do: {y, list1, rest2, [{:ins, b} | edits]}
  defp myers_right({y, list1, [], edits}, _ds), do: {y, list1, [], edits}

  defp myers_down({y, [a | rest1], [b | rest2] = list2, edits}, ds) when ds != nil do
    case ds.(a, b) do
      diff when diff != nil and diff != false -> {y + 1, rest1, rest2, [{:diff, diff} | edits]}
      _ -> {y + 1, rest1, list2, [{:del, a} | edits]}
    end
  end

  defp myers_down({y, [a | rest1], list2, edits}, _ds), do: {y + 1, rest1, list2, [{:del, a} | edits]}
  defp myers_down({y, [], list2, edits}, _ds), do: {y + 1, [], list2, edits}

  defp myers_snake({y, [a | rest1], [a | rest2], edits}),
    do: myers_snake({y + 1, rest1, rest2, [{:eq, a} | edits]})

  defp myers_snake({_y, [], [], edits}), do: {:done, edits}
  defp myers_snake(path), do: {:cont, path}

  # Groups runs of the same kind (the edits come reversed), and turns
  # eq X, ins X, eq Y into ins X, eq X ++ Y.
  defp compact_edits([], acc), do: acc
  defp compact_edits([{:diff, _} = fragment | rest], acc), do: compact_edits(rest, [fragment | acc])

  defp compact_edits([{kind, e} | rest], [{kind, run} | acc]),
    do: compact_edits(rest, [{kind, [e | run]} | acc])

  defp compact_edits(rest, [{:eq, run}, {:ins, run}, {:eq, other} | acc]),
    do: compact_edits(rest, [{:ins, run}, {:eq, run ++ other} | acc])

  defp compact_edits([{kind, e} | rest], acc), do: compact_edits(rest, [{kind, [e]} | acc])
end
