# :queue, Erlang's double-ended FIFO, as {RearList, FrontList} with the same balancing as
# OTP 25, so queues inspect exactly like on the BEAM.
defmodule :queue do
  def new(), do: {[], []}

  def is_queue({r, f}) when is_list(r) and is_list(f), do: true
  def is_queue(_), do: false

  def is_empty({[], []}), do: true
  def is_empty({r, f}) when is_list(r) and is_list(f), do: false
  def is_empty(_), do: badarg()

  def len({r, f}) when is_list(r) and is_list(f), do: length(r) + length(f)
  def len(_), do: badarg()

  def to_list({r, f}) when is_list(r) and is_list(f), do: f ++ :lists.reverse(r)
  def to_list(_), do: badarg()

  def from_list(list) when is_list(list), do: f2r(list)
  def from_list(_), do: badarg()

  def member(x, {r, f}) when is_list(r) and is_list(f),
    do: :lists.member(x, r) or :lists.member(x, f)

  def member(_x, _q), do: badarg()

  def x in {[_] = rear, []}, do: {[x], rear}
  def x in {rear, front} when is_list(rear) and is_list(front), do: {[x | rear], front}
  def _x in _q, do: badarg()

  def in_r(x, {[], [_] = front}), do: {front, [x]}
  def in_r(x, {rear, front}) when is_list(rear) and is_list(front), do: {rear, [x | front]}
  def in_r(_x, _q), do: badarg()

  def out({[], []} = q), do: {:empty, q}
  def out({[v], []}), do: {{:value, v}, {[], []}}

  def out({[y | rear], []}) do
    [v | front] = :lists.reverse(rear)
    {{:value, v}, {[y], front}}
  end

  def out({rear, [v]}) when is_list(rear), do: {{:value, v}, r2f(rear)}
  def out({rear, [v | front]}) when is_list(rear), do: {{:value, v}, {rear, front}}
  def out(_), do: badarg()

  def out_r({[], []} = q), do: {:empty, q}
  def out_r({[], [v]}), do: {{:value, v}, {[], []}}

  def out_r({[], [y | front]}) do
    [v | rear] = :lists.reverse(front)
    {{:value, v}, {rear, [y]}}
  end

  def out_r({[v], front}) when is_list(front), do: {{:value, v}, f2r(front)}
  def out_r({[v | rear], front}) when is_list(front), do: {{:value, v}, {rear, front}}
  def out_r(_), do: badarg()

  def get({[], []}), do: :erlang.error(:empty)
  def get({rear, front}) when is_list(rear) and is_list(front), do: first(rear, front)
  def get(_), do: badarg()

  defp first(rear, [h | _]) when is_list(rear), do: h
  defp first([h], []), do: h
  defp first([_ | rear], []), do: :lists.last(rear)

  def get_r({[], []}), do: :erlang.error(:empty)
  def get_r({[h | _], front}) when is_list(front), do: h
  def get_r({[], [h]}), do: h
  def get_r({[], [_ | front]}), do: :lists.last(front)
  def get_r(_), do: badarg()

  def peek({[], []}), do: :empty
  def peek({rear, [h | _]}) when is_list(rear), do: {:value, h}
  def peek({[h], []}), do: {:value, h}
  def peek({[_ | rear], []}), do: {:value, :lists.last(rear)}
  def peek(_), do: badarg()

  def peek_r({[], []}), do: :empty
  def peek_r({[h | _], front}) when is_list(front), do: {:value, h}
  def peek_r({[], [h]}), do: {:value, h}
  def peek_r({[], [_ | front]}), do: {:value, :lists.last(front)}
  def peek_r(_), do: badarg()

  def drop({[], []}), do: :erlang.error(:empty)
  def drop({[_], []}), do: {[], []}

  def drop({[y | rear], []}) do
    [_ | front] = :lists.reverse(rear)
    {[y], front}
  end

  def drop({rear, [_]}) when is_list(rear), do: r2f(rear)
  def drop({rear, [_ | front]}) when is_list(rear), do: {rear, front}
  def drop(_), do: badarg()

  def drop_r({[], []}), do: :erlang.error(:empty)
  def drop_r({[], [_]}), do: {[], []}

  def drop_r({[], [y | front]}) do
    [_ | rear] = :lists.reverse(front)
    {rear, [y]}
  end

  def drop_r({[_], front}) when is_list(front), do: f2r(front)
  def drop_r({[_ | rear], front}) when is_list(front), do: {rear, front}
  def drop_r(_), do: badarg()

  def reverse({rear, front}) when is_list(rear) and is_list(front), do: {front, rear}
  def reverse(_), do: badarg()

  def join({r, f} = q, {[], []}) when is_list(r) and is_list(f), do: q
  def join({[], []}, {r, f} = q) when is_list(r) and is_list(f), do: q

  def join({r1, f1}, {r2, f2}) when is_list(r1) and is_list(f1) and is_list(r2) and is_list(f2),
    do: {r2, f1 ++ :lists.reverse(r1, f2)}

  def join(_q1, _q2), do: badarg()

  def split(0, {r, f} = q) when is_list(r) and is_list(f), do: {{[], []}, q}

  def split(n, {r, f} = q) when is_integer(n) and n >= 1 and is_list(r) and is_list(f) do
    lf = length(f)

    cond do
      n < lf ->
        [x | f1] = f
        move_front_to_rear(n - 1, r, f1, [], [x])

      n > lf ->
        m = length(r) - (n - lf)

        cond do
          m < 0 ->
            badarg()

          m > 0 ->
            [x | r1] = r
            move_rear_to_front(m - 1, r1, f, [x], [])

          true ->
            {q, {[], []}}
        end

      true ->
        {f2r(f), r2f(r)}
    end
  end

  def split(_n, _q), do: badarg()

  defp move_front_to_rear(0, r1, f1, r2, f2), do: {{r2, f2}, {r1, f1}}

  defp move_front_to_rear(n, r1, [x | f1], r2, f2),
    do: move_front_to_rear(n - 1, r1, f1, [x | r2], f2)

  defp move_rear_to_front(0, r1, f1, r2, f2), do: {{r1, f1}, {r2, f2}}

  defp move_rear_to_front(n, [x | r1], f1, r2, f2),
    do: move_rear_to_front(n - 1, r1, f1, r2, [x | f2])

  def filter(fun, {r0, f0}) when is_function(fun, 1) and is_list(r0) and is_list(f0) do
    f = filter_front(fun, f0)
    r = filter_rear(fun, r0)
    rebalance(r, f)
  end

  def filter(_fun, _q), do: badarg()

  defp rebalance([], f), do: f2r(f)
  defp rebalance(r, []), do: r2f(r)
  defp rebalance(r, f), do: {r, f}

  # The function may keep (true), drop (false) or replace an element by a list.
  defp filter_front(_fun, []), do: []

  defp filter_front(fun, [x | f]) do
    case fun.(x) do
      true -> [x | filter_front(fun, f)]
      [y] -> [y | filter_front(fun, f)]
      false -> filter_front(fun, f)
      [] -> filter_front(fun, f)
      list when is_list(list) -> list ++ filter_front(fun, f)
    end
  end

  defp filter_rear(_fun, []), do: []

  defp filter_rear(fun, [x | r0]) do
    r = filter_rear(fun, r0)

    case fun.(x) do
      true -> [x | r]
      [y] -> [y | r]
      false -> r
      [] -> r
      list when is_list(list) -> :lists.reverse(list, r)
    end
  end

  def filtermap(fun, {r0, f0}) when is_function(fun, 1) and is_list(r0) and is_list(f0) do
    f = filtermap_front(fun, f0)
    r = filtermap_rear(fun, r0)
    rebalance(r, f)
  end

  def filtermap(_fun, _q), do: badarg()

  defp filtermap_front(_fun, []), do: []

  defp filtermap_front(fun, [x | f]) do
    case fun.(x) do
      true -> [x | filtermap_front(fun, f)]
      {true, y} -> [y | filtermap_front(fun, f)]
      false -> filtermap_front(fun, f)
    end
  end

  defp filtermap_rear(_fun, []), do: []

  defp filtermap_rear(fun, [x | r0]) do
    r = filtermap_rear(fun, r0)

    case fun.(x) do
      true -> [x | r]
      {true, y} -> [y | r]
      false -> r
    end
  end

  def fold(fun, acc, {r, f}) when is_function(fun, 2) and is_list(r) and is_list(f) do
    acc = :lists.foldl(fun, acc, f)
    :lists.foldr(fun, acc, r)
  end

  def fold(_fun, _acc, _q), do: badarg()

  def any(pred, {r, f}) when is_function(pred, 1) and is_list(r) and is_list(f),
    do: Enum.any?(f, pred) or Enum.any?(r, pred)

  def any(_pred, _q), do: badarg()

  def all(pred, {r, f}) when is_function(pred, 1) and is_list(r) and is_list(f),
    do: Enum.all?(f, pred) and Enum.all?(r, pred)

  def all(_pred, _q), do: badarg()

  def delete(item, q), do: delete_with(fn x -> x === item end, q)
  def delete_r(item, q), do: delete_with_r(fn x -> x === item end, q)

  # The first element (in queue order) for which pred holds is removed.
  def delete_with(pred, {r0, f0} = q) when is_function(pred, 1) and is_list(r0) and is_list(f0) do
    case delete_first(pred, f0) do
      false ->
        case delete_first(pred, :lists.reverse(r0)) do
          false -> q
          [] -> f2r(f0)
          r1 -> {:lists.reverse(r1), f0}
        end

      [] ->
        r2f(r0)

      f1 ->
        {r0, f1}
    end
  end

  def delete_with(_pred, _q), do: badarg()

  def delete_with_r(pred, {r0, f0} = q) when is_function(pred, 1) and is_list(r0) and is_list(f0) do
    case delete_first(pred, r0) do
      false ->
        case delete_first(pred, :lists.reverse(f0)) do
          false -> q
          [] -> r2f(r0)
          f1 -> {r0, :lists.reverse(f1)}
        end

      [] ->
        f2r(f0)

      r1 ->
        {r1, f0}
    end
  end

  def delete_with_r(_pred, _q), do: badarg()

  defp delete_first(pred, [x | rest]) do
    if pred.(x) do
      rest
    else
      case delete_first(pred, rest) do
        false -> false
        rest -> [x | rest]
      end
    end
  end

  defp delete_first(_pred, []), do: false

  # Okasaki-style names.
  def cons(x, q), do: in_r(x, q)
  def head({[], []}), do: :erlang.error(:empty)
  def head({r, f}) when is_list(r) and is_list(f), do: first(r, f)
  def head(_), do: badarg()
  def tail(q), do: drop(q)
  def snoc(q, x), do: :queue.in(x, q)
  def daeh(q), do: get_r(q)
  def last(q), do: get_r(q)
  def liat(q), do: drop_r(q)
  def lait(q), do: drop_r(q)
  def init(q), do: drop_r(q)

  # Moving half of the elements to the other side when one side runs out.
  defp r2f([]), do: {[], []}
  defp r2f([_] = r), do: {[], r}
  defp r2f([x, y]), do: {[x], [y]}

  defp r2f(list) do
    {rr, ff} = :lists.split(div(length(list), 2), list)
    {rr, :lists.reverse(ff)}
  end

  defp f2r([]), do: {[], []}
  defp f2r([_] = f), do: {f, []}
  defp f2r([x, y]), do: {[y], [x]}

  defp f2r(list) do
    {ff, rr} = :lists.split(div(length(list), 2), list)
    {:lists.reverse(rr), ff}
  end

  defp badarg(), do: :erlang.error(:badarg)
end
