# Stream: lazy, composable enumerables.
#
# A stream is %Stream{make: fun} where make.() starts a fresh enumeration and returns an
# iterator. An iterator is a 1-arity function:
#
#     it.(:next)  -> {:ok, element, next_iterator} | :done
#     it.(:close) -> :ok
#
# Iterators are immutable (every step returns the iterator for the rest), and one that has
# returned :done has released its resources; :close is for abandoning one early (Enum.take,
# Enum.find, zip, ...), and runs the after-functions of Stream.resource/3 and friends.
#
# Elements are pulled one at a time through the whole pipeline, so side effects happen in
# the same order as with Elixir's push-based streams. Enum.reduce/3 and Enum.reduce_while/3
# hand streams to __reduce__/3 and __reduce_while__/3 below.
defmodule Stream do
  defstruct make: nil

  # ------------------------------------------------------------------------------------
  # The iterator protocol
  # ------------------------------------------------------------------------------------

  @doc false
  def __iter__(%Stream{make: make}), do: make.()
  def __iter__(list) when is_list(list), do: list_iter(list)

  def __iter__(%{__struct__: Range, first: first, last: last, step: step}),
    do: range_iter(first, last, step)

  def __iter__(enumerable), do: list_iter(Enum.to_list(enumerable))

  defp list_iter(list) do
    fn
      :next ->
        case list do
          [h | t] -> {:ok, h, list_iter(t)}
          [] -> :done
        end

      :close ->
        :ok
    end
  end

  defp range_iter(first, last, step) do
    fn
      :next when (step > 0 and first <= last) or (step < 0 and first >= last) ->
        {:ok, first, range_iter(first + step, last, step)}

      :next ->
        :done

      :close ->
        :ok
    end
  end

  defp lazy(make), do: %Stream{make: make}

  @doc false
  def __reduce__(stream, acc, fun), do: reduce_iter(__iter__(stream), acc, fun)

  defp reduce_iter(it, acc, fun) do
    case it.(:next) do
      {:ok, x, it} -> reduce_iter(it, consume(it, fun, x, acc), fun)
      :done -> acc
    end
  end

  # The consumer's function failed: the stream is closed (the after-functions of
  # Stream.resource/3 run, Task.async_stream stops its tasks), as Elixir does, before the
  # error goes on.
  defp consume(it, fun, x, acc) do
    try do
      fun.(x, acc)
    catch
      kind, reason ->
        it.(:close)
        :erlang.raise(kind, reason, __STACKTRACE__)
    end
  end

  @doc false
  def __reduce_while__(stream, acc, fun), do: reduce_while_iter(__iter__(stream), acc, fun)

  defp reduce_while_iter(it, acc, fun) do
    case it.(:next) do
      {:ok, x, it} ->
        case consume(it, fun, x, acc) do
          {:cont, acc} ->
            reduce_while_iter(it, acc, fun)

          {:halt, acc} ->
            it.(:close)
            acc
        end

      :done ->
        acc
    end
  end

  # ------------------------------------------------------------------------------------
  # Sources
  # ------------------------------------------------------------------------------------

  def iterate(start_value, next_fun) when is_function(next_fun, 1),
    do: lazy(fn -> iterate_iter({:first, start_value}, next_fun) end)

  defp iterate_iter(state, next_fun) do
    fn
      :next ->
        value =
          case state do
            {:first, v} -> v
            {:after, v} -> next_fun.(v)
          end

        {:ok, value, iterate_iter({:after, value}, next_fun)}

      :close ->
        :ok
    end
  end

  def unfold(acc, fun) when is_function(fun, 1), do: lazy(fn -> unfold_iter(acc, fun) end)

  defp unfold_iter(acc, fun) do
    fn
      :next ->
        case fun.(acc) do
          nil -> :done
          {x, acc} -> {:ok, x, unfold_iter(acc, fun)}
        end

      :close ->
        :ok
    end
  end

  def duplicate(value, n) when is_integer(n) and n >= 0, do: take(repeatedly(fn -> value end), n)

  def repeatedly(generator_fun) when is_function(generator_fun, 0) do
    lazy(fn -> repeatedly_iter(generator_fun) end)
  end

  defp repeatedly_iter(fun) do
    fn
      :next -> {:ok, fun.(), repeatedly_iter(fun)}
      :close -> :ok
    end
  end

  def cycle([]), do: raise(ArgumentError, "cannot cycle over an empty enumerable")

  def cycle(enumerable) do
    lazy(fn -> cycle_iter(__iter__(enumerable), enumerable, false) end)
  end

  defp cycle_iter(it, enumerable, seen_any) do
    fn
      :next ->
        case it.(:next) do
          {:ok, x, it} ->
            {:ok, x, cycle_iter(it, enumerable, true)}

          :done when seen_any ->
            cycle_iter(__iter__(enumerable), enumerable, false).(:next)

          :done ->
            raise ArgumentError, "cannot cycle over an empty enumerable"
        end

      :close ->
        it.(:close)
    end
  end

  def interval(n) when is_integer(n) and n >= 0, do: lazy(fn -> interval_iter(n, 0) end)

  defp interval_iter(n, i) do
    fn
      :next ->
        receive do
        after
          n -> {:ok, i, interval_iter(n, i + 1)}
        end

      :close ->
        :ok
    end
  end

  def timer(n) when is_integer(n) and n >= 0, do: take(interval(n), 1)

  def resource(start_fun, next_fun, after_fun)
      when is_function(start_fun, 0) and is_function(next_fun, 1) and is_function(after_fun, 1) do
    lazy(fn -> resource_iter(start_fun.(), [], next_fun, after_fun) end)
  end

  defp resource_iter(acc, buffer, next_fun, after_fun) do
    fn
      :next ->
        case buffer do
          [x | rest] ->
            {:ok, x, resource_iter(acc, rest, next_fun, after_fun)}

          [] ->
            case next_fun.(acc) do
              {:halt, acc} ->
                after_fun.(acc)
                :done

              {elements, acc} ->
                resource_iter(acc, Enum.to_list(elements), next_fun, after_fun).(:next)
            end
        end

      :close ->
        after_fun.(acc)
        :ok
    end
  end

  # ------------------------------------------------------------------------------------
  # Element-wise transformations
  # ------------------------------------------------------------------------------------

  def map(enumerable, fun) when is_function(fun, 1),
    do: lazy(fn -> map_iter(__iter__(enumerable), fun) end)

  defp map_iter(src, fun) do
    fn
      :next ->
        case src.(:next) do
          {:ok, x, src} -> {:ok, fun.(x), map_iter(src, fun)}
          :done -> :done
        end

      :close ->
        src.(:close)
    end
  end

  def each(enumerable, fun) when is_function(fun, 1) do
    map(enumerable, fn x ->
      fun.(x)
      x
    end)
  end

  def filter(enumerable, fun) when is_function(fun, 1),
    do: lazy(fn -> filter_iter(__iter__(enumerable), fun, true) end)

  def reject(enumerable, fun) when is_function(fun, 1),
    do: lazy(fn -> filter_iter(__iter__(enumerable), fun, false) end)

  defp filter_iter(src, fun, keep) do
    fn
      :next -> filter_next(src, fun, keep)
      :close -> src.(:close)
    end
  end

  defp filter_next(src, fun, keep) do
    case src.(:next) do
      {:ok, x, src} ->
        if truthy(fun.(x)) == keep,
          do: {:ok, x, filter_iter(src, fun, keep)},
          else: filter_next(src, fun, keep)

      :done ->
        :done
    end
  end

  defp truthy(nil), do: false
  defp truthy(false), do: false
  defp truthy(_), do: true

  # Deprecated: filter then map.
  def filter_map(enumerable, filter, mapper), do: map(filter(enumerable, filter), mapper)

  def with_index(enumerable, offset \\ 0) when is_integer(offset),
    do: lazy(fn -> index_iter(__iter__(enumerable), offset, fn x, i -> {x, i} end) end)

  defp index_iter(src, i, fun) do
    fn
      :next ->
        case src.(:next) do
          {:ok, x, src} -> {:ok, fun.(x, i), index_iter(src, i + 1, fun)}
          :done -> :done
        end

      :close ->
        src.(:close)
    end
  end

  def map_every(enumerable, 1, fun), do: map(enumerable, fun)
  def map_every(enumerable, 0, _fun), do: lazy(fn -> __iter__(enumerable) end)

  def map_every(enumerable, nth, fun) when is_integer(nth) and nth > 1 do
    lazy(fn ->
      index_iter(__iter__(enumerable), 0, fn x, i -> if rem(i, nth) == 0, do: fun.(x), else: x end)
    end)
  end

  def scan(enumerable, fun) when is_function(fun, 2),
    do: lazy(fn -> scan_iter(__iter__(enumerable), :first, fun) end)

  def scan(enumerable, acc, fun) when is_function(fun, 2),
    do: lazy(fn -> scan_iter(__iter__(enumerable), {:acc, acc}, fun) end)

  defp scan_iter(src, state, fun) do
    fn
      :next ->
        case src.(:next) do
          {:ok, x, src} ->
            value =
              case state do
                :first -> x
                {:acc, acc} -> fun.(x, acc)
              end

            {:ok, value, scan_iter(src, {:acc, value}, fun)}

          :done ->
            :done
        end

      :close ->
        src.(:close)
    end
  end

  def intersperse(enumerable, separator),
    do: lazy(fn -> intersperse_iter(__iter__(enumerable), separator, :first) end)

  defp intersperse_iter(src, sep, state) do
    fn
      :next ->
        case state do
          {:pending, x} ->
            {:ok, x, intersperse_iter(src, sep, :rest)}

          _ ->
            case src.(:next) do
              {:ok, x, src} when state == :first -> {:ok, x, intersperse_iter(src, sep, :rest)}
              {:ok, x, src} -> {:ok, sep, intersperse_iter(src, sep, {:pending, x})}
              :done -> :done
            end
        end

      :close ->
        src.(:close)
    end
  end

  # ------------------------------------------------------------------------------------
  # Taking and dropping
  # ------------------------------------------------------------------------------------

  def take(_enumerable, 0), do: lazy(fn -> list_iter([]) end)

  def take(enumerable, count) when is_integer(count) and count > 0,
    do: lazy(fn -> take_iter(__iter__(enumerable), count) end)

  def take(enumerable, count) when is_integer(count) and count < 0,
    do: lazy(fn -> list_iter(Enum.take(Enum.to_list(enumerable), count)) end)

  defp take_iter(src, 0) do
    fn
      :next ->
        src.(:close)
        :done

      :close ->
        src.(:close)
    end
  end

  defp take_iter(src, n) do
    fn
      :next ->
        case src.(:next) do
          {:ok, x, src} -> {:ok, x, take_iter(src, n - 1)}
          :done -> :done
        end

      :close ->
        src.(:close)
    end
  end

  def take_while(enumerable, fun) when is_function(fun, 1),
    do: lazy(fn -> take_while_iter(__iter__(enumerable), fun) end)

  defp take_while_iter(src, fun) do
    fn
      :next ->
        case src.(:next) do
          {:ok, x, src} ->
            if fun.(x) do
              {:ok, x, take_while_iter(src, fun)}
            else
              src.(:close)
              :done
            end

          :done ->
            :done
        end

      :close ->
        src.(:close)
    end
  end

  def take_every(enumerable, 1), do: lazy(fn -> __iter__(enumerable) end)
  def take_every(_enumerable, 0), do: lazy(fn -> list_iter([]) end)

  def take_every(enumerable, nth) when is_integer(nth) and nth > 1,
    do: lazy(fn -> every_iter(__iter__(enumerable), nth, 0, true) end)

  def drop_every(enumerable, 1), do: lazy(fn -> drop_iter(__iter__(enumerable), :all) end)
  def drop_every(enumerable, 0), do: lazy(fn -> __iter__(enumerable) end)

  def drop_every(enumerable, nth) when is_integer(nth) and nth > 1,
    do: lazy(fn -> every_iter(__iter__(enumerable), nth, 0, false) end)

  # Keeps (keep = true) or drops (keep = false) the elements at positions 0, nth, 2 * nth...
  defp every_iter(src, nth, i, keep) do
    fn
      :next -> every_next(src, nth, i, keep)
      :close -> src.(:close)
    end
  end

  defp every_next(src, nth, i, keep) do
    case src.(:next) do
      {:ok, x, src} ->
        if (rem(i, nth) == 0) == keep,
          do: {:ok, x, every_iter(src, nth, i + 1, keep)},
          else: every_next(src, nth, i + 1, keep)

      :done ->
        :done
    end
  end

  def drop(enumerable, 0), do: lazy(fn -> __iter__(enumerable) end)

  def drop(enumerable, count) when is_integer(count) and count > 0,
    do: lazy(fn -> drop_iter(__iter__(enumerable), count) end)

  def drop(enumerable, count) when is_integer(count) and count < 0,
    do: lazy(fn -> drop_last_iter(__iter__(enumerable), -count, [], 0) end)

  defp drop_iter(src, n) do
    fn
      :next -> drop_next(src, n)
      :close -> src.(:close)
    end
  end

  defp drop_next(src, :all) do
    case src.(:next) do
      {:ok, _, src} -> drop_next(src, :all)
      :done -> :done
    end
  end

  defp drop_next(src, 0), do: src.(:next)

  defp drop_next(src, n) do
    case src.(:next) do
      {:ok, _, src} -> drop_next(src, n - 1)
      :done -> :done
    end
  end

  # Holds back the last n elements: an element comes out once n newer ones arrived.
  defp drop_last_iter(src, n, queue, size) do
    fn
      :next -> drop_last_next(src, n, queue, size)
      :close -> src.(:close)
    end
  end

  defp drop_last_next(src, n, queue, size) do
    case src.(:next) do
      {:ok, x, src} when size < n ->
        drop_last_next(src, n, queue ++ [x], size + 1)

      {:ok, x, src} ->
        [out | rest] = queue ++ [x]
        {:ok, out, drop_last_iter(src, n, rest, size)}

      :done ->
        :done
    end
  end

  def drop_while(enumerable, fun) when is_function(fun, 1),
    do: lazy(fn -> drop_while_iter(__iter__(enumerable), fun) end)

  defp drop_while_iter(src, fun) do
    fn
      :next -> drop_while_next(src, fun)
      :close -> src.(:close)
    end
  end

  defp drop_while_next(src, fun) do
    case src.(:next) do
      {:ok, x, src} -> if fun.(x), do: drop_while_next(src, fun), else: {:ok, x, src}
      :done -> :done
    end
  end

  # ------------------------------------------------------------------------------------
  # Duplicates
  # ------------------------------------------------------------------------------------

  def dedup(enumerable), do: dedup_by(enumerable, fn x -> x end)

  def dedup_by(enumerable, fun) when is_function(fun, 1),
    do: lazy(fn -> dedup_iter(__iter__(enumerable), fun, :none) end)

  defp dedup_iter(src, fun, prev) do
    fn
      :next -> dedup_next(src, fun, prev)
      :close -> src.(:close)
    end
  end

  defp dedup_next(src, fun, prev) do
    case src.(:next) do
      {:ok, x, src} ->
        key = fun.(x)

        case prev do
          {:key, p} when p === key -> dedup_next(src, fun, prev)
          _ -> {:ok, x, dedup_iter(src, fun, {:key, key})}
        end

      :done ->
        :done
    end
  end

  def uniq(enumerable), do: uniq_by(enumerable, fn x -> x end)

  def uniq_by(enumerable, fun) when is_function(fun, 1),
    do: lazy(fn -> uniq_iter(__iter__(enumerable), fun, %{}) end)

  defp uniq_iter(src, fun, seen) do
    fn
      :next -> uniq_next(src, fun, seen)
      :close -> src.(:close)
    end
  end

  defp uniq_next(src, fun, seen) do
    case src.(:next) do
      {:ok, x, src} ->
        key = fun.(x)

        if :maps.is_key(key, seen),
          do: uniq_next(src, fun, seen),
          else: {:ok, x, uniq_iter(src, fun, :maps.put(key, true, seen))}

      :done ->
        :done
    end
  end

  # ------------------------------------------------------------------------------------
  # Chunking
  # ------------------------------------------------------------------------------------

  def chunk_every(enumerable, count), do: chunk_every(enumerable, count, count, [])

  def chunk_every(enumerable, count, step, leftover \\ [])
      when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    lazy(fn -> chunk_every_iter(__iter__(enumerable), count, step, leftover, [], 0, 0) end)
  end

  # `buffer` (reversed) holds the elements of the next chunk, `skip` how many incoming
  # elements to pass over first (when step > count).
  defp chunk_every_iter(src, count, step, leftover, buffer, size, skip) do
    fn
      :next -> chunk_every_next(src, count, step, leftover, buffer, size, skip)
      :close -> src.(:close)
    end
  end

  defp chunk_every_next(src, count, step, leftover, buffer, size, skip) do
    case src.(:next) do
      {:ok, _x, src} when skip > 0 ->
        chunk_every_next(src, count, step, leftover, buffer, size, skip - 1)

      {:ok, x, src} when size + 1 == count ->
        chunk = :lists.reverse([x | buffer])

        {buffer, size, skip} =
          if step >= count,
            do: {[], 0, step - count},
            else: {:lists.reverse(Enum.drop(chunk, step)), count - step, 0}

        {:ok, chunk, chunk_every_iter(src, count, step, leftover, buffer, size, skip)}

      {:ok, x, src} ->
        chunk_every_next(src, count, step, leftover, [x | buffer], size + 1, skip)

      :done when buffer == [] or leftover == :discard ->
        :done

      :done ->
        chunk = :lists.reverse(buffer, Enum.take(leftover, count - size))
        {:ok, chunk, list_iter([])}
    end
  end

  def chunk_by(enumerable, fun) when is_function(fun, 1),
    do: lazy(fn -> chunk_by_iter(__iter__(enumerable), fun, :none) end)

  defp chunk_by_iter(src, fun, current) do
    fn
      :next -> chunk_by_next(src, fun, current)
      :close -> src.(:close)
    end
  end

  defp chunk_by_next(src, fun, current) do
    case src.(:next) do
      {:ok, x, src} ->
        key = fun.(x)

        case current do
          :none ->
            chunk_by_next(src, fun, {key, [x]})

          {^key, chunk} ->
            chunk_by_next(src, fun, {key, [x | chunk]})

          {_, chunk} ->
            {:ok, :lists.reverse(chunk), chunk_by_iter(src, fun, {key, [x]})}
        end

      :done ->
        case current do
          :none -> :done
          {_, chunk} -> {:ok, :lists.reverse(chunk), list_iter([])}
        end
    end
  end

  def chunk_while(enumerable, acc, chunk_fun, after_fun)
      when is_function(chunk_fun, 2) and is_function(after_fun, 1) do
    lazy(fn -> chunk_while_iter(__iter__(enumerable), acc, chunk_fun, after_fun) end)
  end

  defp chunk_while_iter(src, acc, chunk_fun, after_fun) do
    fn
      :next -> chunk_while_next(src, acc, chunk_fun, after_fun)
      :close -> src.(:close)
    end
  end

  defp chunk_while_next(src, acc, chunk_fun, after_fun) do
    case src.(:next) do
      {:ok, x, src} ->
        case chunk_fun.(x, acc) do
          {:cont, chunk, acc} ->
            {:ok, chunk, chunk_while_iter(src, acc, chunk_fun, after_fun)}

          {:cont, acc} ->
            chunk_while_next(src, acc, chunk_fun, after_fun)

          {:halt, acc} ->
            src.(:close)
            chunk_while_finish(acc, after_fun)
        end

      :done ->
        chunk_while_finish(acc, after_fun)
    end
  end

  defp chunk_while_finish(acc, after_fun) do
    case after_fun.(acc) do
      {:cont, chunk, _acc} -> {:ok, chunk, list_iter([])}
      {:cont, _acc} -> :done
    end
  end

  # ------------------------------------------------------------------------------------
  # Combining streams
  # ------------------------------------------------------------------------------------

  def concat(enumerables), do: flat_map(enumerables, fn e -> e end)
  def concat(first, second), do: flat_map([first, second], fn e -> e end)

  def flat_map(enumerable, mapper) when is_function(mapper, 1),
    do: lazy(fn -> flat_map_iter(__iter__(enumerable), nil, mapper) end)

  defp flat_map_iter(outer, inner, mapper) do
    fn
      :next ->
        flat_map_next(outer, inner, mapper)

      :close ->
        if inner, do: inner.(:close)
        outer.(:close)
    end
  end

  defp flat_map_next(outer, nil, mapper) do
    case outer.(:next) do
      {:ok, x, outer} -> flat_map_next(outer, __iter__(mapper.(x)), mapper)
      :done -> :done
    end
  end

  defp flat_map_next(outer, inner, mapper) do
    case inner.(:next) do
      {:ok, y, inner} -> {:ok, y, flat_map_iter(outer, inner, mapper)}
      :done -> flat_map_next(outer, nil, mapper)
    end
  end

  def transform(enumerable, acc, reducer) when is_function(reducer, 2) do
    lazy(fn ->
      transform_iter(__iter__(enumerable), {:acc, acc}, [], reducer, fn _ -> :ok end, nil)
    end)
  end

  def transform(enumerable, start_fun, reducer, after_fun)
      when is_function(start_fun, 0) and is_function(reducer, 2) and is_function(after_fun, 1) do
    lazy(fn ->
      transform_iter(__iter__(enumerable), {:acc, start_fun.()}, [], reducer, after_fun, nil)
    end)
  end

  def transform(enumerable, start_fun, reducer, last_fun, after_fun)
      when is_function(start_fun, 0) and is_function(reducer, 2) and is_function(last_fun, 1) and
             is_function(after_fun, 1) do
    lazy(fn ->
      transform_iter(__iter__(enumerable), {:acc, start_fun.()}, [], reducer, after_fun, last_fun)
    end)
  end

  # state is {:acc, acc} while running, {:halted, acc} once the reducer or the source is
  # done (the buffered elements still come out, then after_fun runs).
  defp transform_iter(src, state, buffer, reducer, after_fun, last_fun) do
    fn
      :next ->
        transform_next(src, state, buffer, reducer, after_fun, last_fun)

      :close ->
        {_, acc} = state
        if elem(state, 0) == :acc, do: src.(:close)
        after_fun.(acc)
        :ok
    end
  end

  defp transform_next(src, state, [x | rest], reducer, after_fun, last_fun),
    do: {:ok, x, transform_iter(src, state, rest, reducer, after_fun, last_fun)}

  defp transform_next(_src, {:halted, acc}, [], _reducer, after_fun, _last_fun) do
    after_fun.(acc)
    :done
  end

  defp transform_next(src, {:acc, acc}, [], reducer, after_fun, last_fun) do
    case src.(:next) do
      {:ok, x, src} ->
        case reducer.(x, acc) do
          {:halt, acc} ->
            src.(:close)
            transform_next(src, {:halted, acc}, [], reducer, after_fun, last_fun)

          {elements, acc} ->
            transform_next(src, {:acc, acc}, Enum.to_list(elements), reducer, after_fun, last_fun)
        end

      :done when last_fun == nil ->
        transform_next(src, {:halted, acc}, [], reducer, after_fun, last_fun)

      :done ->
        {elements, acc} = last_fun.(acc)
        transform_next(src, {:halted, acc}, Enum.to_list(elements), reducer, after_fun, last_fun)
    end
  end

  def zip(left, right), do: zip([left, right])

  def zip(enumerables), do: zip_with(enumerables, fn elems -> :erlang.list_to_tuple(elems) end)

  def zip_with(left, right, zip_fun) when is_function(zip_fun, 2),
    do: zip_with([left, right], fn [a, b] -> zip_fun.(a, b) end)

  def zip_with(enumerables, zip_fun) when is_function(zip_fun, 1) do
    lazy(fn -> zip_iter(Enum.map(enumerables, &__iter__/1), zip_fun) end)
  end

  defp zip_iter([], _fun), do: list_iter([])

  defp zip_iter(iters, fun) do
    fn
      :next ->
        case next_all(iters, [], []) do
          {:ok, elems, iters} -> {:ok, fun.(elems), zip_iter(iters, fun)}
          :done -> :done
        end

      :close ->
        Enum.each(iters, fn it -> it.(:close) end)
    end
  end

  # Pulls one element from each iterator in order; when one is done, the ones already
  # advanced and the ones not reached yet are closed.
  @doc false
  def __next_all__(iters), do: next_all(iters, [], [])

  defp next_all([it | rest], elems, advanced) do
    case it.(:next) do
      {:ok, x, it} ->
        next_all(rest, [x | elems], [it | advanced])

      :done ->
        Enum.each(advanced, fn a -> a.(:close) end)
        Enum.each(rest, fn r -> r.(:close) end)
        :done
    end
  end

  defp next_all([], elems, advanced), do: {:ok, :lists.reverse(elems), :lists.reverse(advanced)}

  # ------------------------------------------------------------------------------------
  # Running
  # ------------------------------------------------------------------------------------

  def run(stream) do
    reduce_iter(__iter__(stream), nil, fn _, _ -> nil end)
    :ok
  end

  def into(enumerable, collectable, transform \\ fn x -> x end) when is_function(transform, 1) do
    lazy(fn ->
      items = Enum.to_list(enumerable)
      Enum.into(items, collectable, transform)
      list_iter(items)
    end)
  end
end
