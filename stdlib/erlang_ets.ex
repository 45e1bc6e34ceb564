# :ets, Erlang's term storage, kept by one server process (registered as
# :athanor_ets_server, started on first use) that holds every table and answers calls.
# A table goes away when its owner process exits. Tables of type :set are listed in key
# order (the BEAM lists them in hash order), :ordered_set likewise, bags by key then
# insertion order. Match specifications (select/match) support patterns with :_ and
# :"$N" variables, the usual guard operators and result bodies ($_, $$, $N, {{...}}).
defmodule :ets do
  @server :athanor_ets_server

  # ------------------------------------------------------------------------------------
  # Client side
  # ------------------------------------------------------------------------------------

  def new(name, options) when is_atom(name) and is_list(options),
    do: call({:new, name, options, self()})

  def new(_name, _options), do: badarg(1, "not an atom")

  def insert(tab, objects), do: call({:insert, tab, objects})
  def insert_new(tab, objects), do: call({:insert_new, tab, objects})
  def lookup(tab, key), do: call({:lookup, tab, key})
  def lookup_element(tab, key, pos), do: call({:lookup_element, tab, key, pos})
  def member(tab, key), do: call({:member, tab, key})
  def take(tab, key), do: call({:take, tab, key})
  def delete(tab), do: call({:delete_table, tab})
  def delete(tab, key), do: call({:delete, tab, key})
  def delete_object(tab, object), do: call({:delete_object, tab, object})
  def delete_all_objects(tab), do: call({:delete_all_objects, tab})
  def tab2list(tab), do: call({:tab2list, tab})
  def first(tab), do: call({:first, tab})
  def last(tab), do: call({:last, tab})
  def next(tab, key), do: call({:next, tab, key})
  def prev(tab, key), do: call({:prev, tab, key})
  def info(tab), do: call({:info, tab})
  def info(tab, item), do: call({:info, tab, item})
  def whereis(name), do: call({:whereis, name})
  def all(), do: call(:all)
  def rename(tab, name), do: call({:rename, tab, name})
  def update_counter(tab, key, op), do: call({:update_counter, tab, key, op, nil})
  def update_counter(tab, key, op, default), do: call({:update_counter, tab, key, op, {:default, default}})
  def update_element(tab, key, spec), do: call({:update_element, tab, key, spec})
  def match(tab, pattern), do: call({:select, tab, [{pattern, [], [:"$$"]}]})
  def match_object(tab, pattern), do: call({:select, tab, [{pattern, [], [:"$_"]}]})
  def match_delete(tab, pattern), do: call({:select_delete, tab, [{pattern, [], [true]}]}) && true
  def select(tab, spec), do: call({:select, tab, spec})
  def select_count(tab, spec), do: call({:select_count, tab, spec})
  def select_delete(tab, spec), do: call({:select_delete, tab, spec})

  def foldl(fun, acc, tab) when is_function(fun, 2), do: List.foldl(tab2list(tab), acc, fun)
  def foldr(fun, acc, tab) when is_function(fun, 2), do: List.foldr(tab2list(tab), acc, fun)

  def give_away(tab, pid, _gift) when is_pid(pid), do: call({:give_away, tab, pid})

  defp call(request) do
    server = server()
    :athanor.recv_mark()
    ref = :erlang.monitor(:process, server)
    :erlang.send(server, {:ets_call, self(), ref, request})
    :athanor.recv_use_mark()

    receive do
      {^ref, reply} ->
        :erlang.demonitor(ref, [:flush])

        case reply do
          {:athanor_ets_badarg, position, reason} -> badarg(position, reason)
          {:athanor_ets_ok, value} -> value
        end

      {:DOWN, ^ref, _, _, _} ->
        badarg(1, "the table identifier does not refer to an existing ETS table")
    end
  end

  defp server() do
    case :erlang.whereis(@server) do
      :undefined ->
        pid = :erlang.spawn(fn -> serve(%{tables: %{}, owners: %{}}) end)

        if register_server(pid) do
          pid
        else
          :erlang.exit(pid, :kill)
          :erlang.whereis(@server)
        end

      pid ->
        pid
    end
  end

  defp register_server(pid) do
    :erlang.register(@server, pid)
  catch
    :error, _ -> false
  end

  defp badarg(position, reason) do
    ordinal = Enum.at(["1st", "2nd", "3rd", "4th"], position - 1)

    raise ArgumentError,
          "errors were found at the given arguments:\n\n  * #{ordinal} argument: #{reason}\n"
  end

  # ------------------------------------------------------------------------------------
  # Server side
  # ------------------------------------------------------------------------------------

  defp serve(state) do
    receive do
      {:ets_call, from, ref, request} ->
        {reply, state} =
          try do
            check_access(request, from, state)
            handle(request, state)
          catch
            :throw, {:athanor_ets_badarg, _, _} = bad -> {bad, state}
            :error, _ -> {{:athanor_ets_badarg, 2, "invalid argument"}, state}
          end

        reply =
          case reply do
            {:athanor_ets_badarg, _, _} -> reply
            value -> {:athanor_ets_ok, value}
          end

        :erlang.send(from, {ref, reply})
        serve(state)

      {:DOWN, _ref, :process, pid, _reason} ->
        serve(drop_owner(state, pid))
    end
  end

  defp fail(position, reason), do: throw({:athanor_ets_badarg, position, reason})

  # Access rights, checked as the BEAM does: any process may read a :public or
  # :protected table, only the owner may write a :protected one or touch a :private one.
  @reads [:lookup, :lookup_element, :member, :tab2list, :first, :last, :next, :prev,
          :select, :select_count]
  @writes [:insert, :insert_new, :take, :delete, :delete_object, :delete_all_objects,
           :update_counter, :update_element, :select_delete, :delete_table, :rename]

  defp check_access(request, from, state) when is_tuple(request) and tuple_size(request) >= 2 do
    op = :erlang.element(1, request)
    tab = :erlang.element(2, request)

    access =
      cond do
        op in @reads -> :read
        op in @writes -> :write
        true -> :none
      end

    case {access, state.tables} do
      {:none, _} ->
        :ok

      {_, %{^tab => %{owner: ^from}}} ->
        :ok

      {_, %{^tab => %{protection: :public}}} ->
        :ok

      {:read, %{^tab => %{protection: :protected}}} ->
        :ok

      {_, %{^tab => _}} ->
        fail(1, "the table identifier refers to an ETS table with insufficient access rights")

      _ ->
        :ok
    end
  end

  defp check_access(_request, _from, _state), do: :ok

  defp no_table(), do: fail(1, "the table identifier does not refer to an existing ETS table")

  defp table!(state, tab) do
    case state.tables do
      %{^tab => table} -> table
      _ -> no_table()
    end
  end

  defp put_table(state, tab, table), do: %{state | tables: :maps.put(tab, table, state.tables)}

  defp drop_owner(state, pid) do
    doomed = for {tab, %{owner: ^pid}} <- state.tables, do: tab
    %{state | tables: :maps.without(doomed, state.tables), owners: :maps.remove(pid, state.owners)}
  end

  defp handle({:new, name, options, owner}, state) do
    type = Enum.find([:set, :ordered_set, :bag, :duplicate_bag], :set, &(&1 in options))
    named = :named_table in options
    keypos = Enum.find_value(options, 1, fn {:keypos, n} -> n; _ -> nil end)
    protection = Enum.find([:public, :protected, :private], :protected, &(&1 in options))
    tab = if named, do: name, else: :erlang.make_ref()

    if named and :maps.is_key(name, state.tables), do: fail(1, "table name already exists")

    state =
      if :maps.is_key(owner, state.owners) do
        state
      else
        :erlang.monitor(:process, owner)
        %{state | owners: :maps.put(owner, true, state.owners)}
      end

    table = %{
      name: name,
      named: named,
      type: type,
      keypos: keypos,
      protection: protection,
      owner: owner,
      data: %{}
    }

    {tab, put_table(state, tab, table)}
  end

  defp handle({:insert, tab, objects}, state) do
    table = table!(state, tab)
    objects = objects_arg(objects, table)
    {true, put_table(state, tab, Enum.reduce(objects, table, &insert_object/2))}
  end

  defp handle({:insert_new, tab, objects}, state) do
    table = table!(state, tab)
    objects = objects_arg(objects, table)

    if Enum.any?(objects, fn o -> :maps.is_key(key_of(o, table), table.data) end) do
      {false, state}
    else
      {true, put_table(state, tab, Enum.reduce(objects, table, &insert_object/2))}
    end
  end

  defp handle({:lookup, tab, key}, state), do: {objects_for(table!(state, tab), key), state}

  defp handle({:lookup_element, tab, key, pos}, state) do
    table = table!(state, tab)

    case objects_for(table, key) do
      [] ->
        fail(2, "not a key that exists in the table")

      objects ->
        values =
          Enum.map(objects, fn o ->
            if is_integer(pos) and pos >= 1 and pos <= tuple_size(o),
              do: :erlang.element(pos, o),
              else: fail(3, "out of range")
          end)

        case table.type do
          t when t in [:set, :ordered_set] -> {hd(values), state}
          _ -> {values, state}
        end
    end
  end

  defp handle({:member, tab, key}, state), do: {:maps.is_key(key, table!(state, tab).data), state}

  defp handle({:take, tab, key}, state) do
    table = table!(state, tab)
    objects = objects_for(table, key)
    {objects, put_table(state, tab, %{table | data: :maps.remove(key, table.data)})}
  end

  defp handle({:delete_table, tab}, state) do
    table!(state, tab)
    {true, %{state | tables: :maps.remove(tab, state.tables)}}
  end

  defp handle({:delete, tab, key}, state) do
    table = table!(state, tab)
    {true, put_table(state, tab, %{table | data: :maps.remove(key, table.data)})}
  end

  defp handle({:delete_object, tab, object}, state) do
    table = table!(state, tab)
    key = key_of(object, table)

    data =
      case table.type do
        t when t in [:set, :ordered_set] ->
          case table.data do
            %{^key => ^object} -> :maps.remove(key, table.data)
            _ -> table.data
          end

        _ ->
          case Enum.reject(Map.get(table.data, key, []), &(&1 === object)) do
            [] -> :maps.remove(key, table.data)
            rest -> :maps.put(key, rest, table.data)
          end
      end

    {true, put_table(state, tab, %{table | data: data})}
  end

  defp handle({:delete_all_objects, tab}, state) do
    table = table!(state, tab)
    {true, put_table(state, tab, %{table | data: %{}})}
  end

  defp handle({:tab2list, tab}, state), do: {all_objects(table!(state, tab)), state}

  defp handle({:first, tab}, state) do
    case sorted_keys(table!(state, tab)) do
      [] -> {:"$end_of_table", state}
      [k | _] -> {k, state}
    end
  end

  defp handle({:last, tab}, state) do
    case :lists.reverse(sorted_keys(table!(state, tab))) do
      [] -> {:"$end_of_table", state}
      [k | _] -> {k, state}
    end
  end

  defp handle({:next, tab, key}, state) do
    case Enum.drop_while(sorted_keys(table!(state, tab)), fn k -> k <= key end) do
      [] -> {:"$end_of_table", state}
      [k | _] -> {k, state}
    end
  end

  defp handle({:prev, tab, key}, state) do
    case Enum.drop_while(:lists.reverse(sorted_keys(table!(state, tab))), fn k -> k >= key end) do
      [] -> {:"$end_of_table", state}
      [k | _] -> {k, state}
    end
  end

  defp handle({:info, tab}, state) do
    case state.tables do
      %{^tab => table} ->
        items = [:id, :name, :named_table, :type, :keypos, :protection, :owner, :size]
        {Enum.map(items, fn item -> {item, info_item(tab, table, item)} end), state}

      _ ->
        {:undefined, state}
    end
  end

  defp handle({:info, tab, item}, state) do
    case state.tables do
      %{^tab => table} -> {info_item(tab, table, item), state}
      _ -> {:undefined, state}
    end
  end

  defp handle({:whereis, name}, state) do
    case state.tables do
      %{^name => %{named: true}} -> {name, state}
      _ -> {:undefined, state}
    end
  end

  defp handle(:all, state), do: {:maps.keys(state.tables), state}

  defp handle({:rename, tab, name}, state) do
    table = table!(state, tab)
    if :maps.is_key(name, state.tables), do: fail(2, "table name already exists")

    if table.named do
      tables = state.tables |> :maps.remove(tab) |> :maps.put(name, %{table | name: name})
      {name, %{state | tables: tables}}
    else
      {tab, put_table(state, tab, %{table | name: name})}
    end
  end

  defp handle({:give_away, tab, pid}, state) do
    table = table!(state, tab)
    :erlang.monitor(:process, pid)
    {true, put_table(%{state | owners: :maps.put(pid, true, state.owners)}, tab, %{table | owner: pid})}
  end

  defp handle({:update_counter, tab, key, op, default}, state) do
    table = table!(state, tab)

    object =
      case {table.data, default} do
        {%{^key => obj}, _} when not is_list(obj) -> obj
        {_, {:default, obj}} when is_tuple(obj) -> obj
        _ -> fail(2, "not a key that exists in the table")
      end

    {result, object} = apply_counter_ops(op, object, table.keypos)
    {result, put_table(state, tab, %{table | data: :maps.put(key, object, table.data)})}
  end

  defp handle({:update_element, tab, key, spec}, state) do
    table = table!(state, tab)

    case table.data do
      %{^key => object} when not is_list(object) ->
        specs = if is_list(spec), do: spec, else: [spec]

        object =
          Enum.reduce(specs, object, fn {pos, value}, obj ->
            if pos == table.keypos, do: fail(3, "the position is the same as the key position")
            :erlang.setelement(pos, obj, value)
          end)

        {true, put_table(state, tab, %{table | data: :maps.put(key, object, table.data)})}

      _ ->
        {false, state}
    end
  end

  defp handle({:select, tab, spec}, state) do
    table = table!(state, tab)
    {Enum.flat_map(all_objects(table), fn o -> run_spec(spec, o) end), state}
  end

  defp handle({:select_count, tab, spec}, state) do
    table = table!(state, tab)
    {Enum.count(all_objects(table), fn o -> run_spec(spec, o) == [true] end), state}
  end

  defp handle({:select_delete, tab, spec}, state) do
    table = table!(state, tab)
    {gone, kept} = Enum.split_with(all_objects(table), fn o -> run_spec(spec, o) == [true] end)
    table = %{table | data: %{}}
    table = Enum.reduce(kept, table, &insert_object/2)
    {length(gone), put_table(state, tab, table)}
  end

  # ---- tables ----

  defp objects_arg(object, table) when is_tuple(object), do: objects_arg([object], table)

  # A list goes into a :bag last object first, as the BEAM stores it.
  defp objects_arg(objects, table) when is_list(objects) do
    Enum.each(objects, fn o ->
      if not is_tuple(o) or tuple_size(o) < table.keypos, do: fail(2, "not a tuple")
    end)

    if table.type == :bag, do: :lists.reverse(objects), else: objects
  end

  defp objects_arg(_other, _table), do: fail(2, "not a tuple")

  defp key_of(object, table), do: :erlang.element(table.keypos, object)

  defp insert_object(object, table) do
    key = key_of(object, table)

    data =
      case table.type do
        t when t in [:set, :ordered_set] ->
          :maps.put(key, object, table.data)

        :bag ->
          existing = Map.get(table.data, key, [])
          if Enum.any?(existing, &(&1 === object)),
            do: table.data,
            else: :maps.put(key, existing ++ [object], table.data)

        :duplicate_bag ->
          :maps.put(key, Map.get(table.data, key, []) ++ [object], table.data)
      end

    %{table | data: data}
  end

  defp objects_for(table, key) do
    case table.data do
      %{^key => objects} when is_list(objects) -> objects
      %{^key => object} -> [object]
      _ -> []
    end
  end

  defp sorted_keys(table), do: :lists.sort(:maps.keys(table.data))

  defp all_objects(table), do: Enum.flat_map(sorted_keys(table), fn k -> objects_for(table, k) end)

  defp info_item(tab, table, item) do
    case item do
      :id -> tab
      :name -> table.name
      :named_table -> table.named
      :type -> table.type
      :keypos -> table.keypos
      :protection -> table.protection
      :owner -> table.owner
      :size -> length(all_objects(table))
      :memory -> 0
      _ -> :undefined
    end
  end

  # update_counter operations: an increment, {pos, incr}, {pos, incr, threshold, set}, or a
  # list of them (then the result is a list).
  defp apply_counter_ops(ops, object, keypos) when is_list(ops) do
    {results, object} =
      Enum.map_reduce(ops, object, fn op, obj -> apply_counter_op(op, obj, keypos) end)

    {results, object}
  end

  defp apply_counter_ops(op, object, keypos), do: apply_counter_op(op, object, keypos)

  defp apply_counter_op(incr, object, keypos) when is_integer(incr),
    do: apply_counter_op({keypos + 1, incr}, object, keypos)

  defp apply_counter_op({pos, incr}, object, keypos) do
    if pos == keypos, do: fail(3, "the position is the same as the key position")
    value = :erlang.element(pos, object) + incr
    {value, :erlang.setelement(pos, object, value)}
  end

  defp apply_counter_op({pos, incr, threshold, set_value}, object, keypos) do
    if pos == keypos, do: fail(3, "the position is the same as the key position")
    value = :erlang.element(pos, object) + incr

    value =
      cond do
        incr >= 0 and value > threshold -> set_value
        incr < 0 and value < threshold -> set_value
        true -> value
      end

    {value, :erlang.setelement(pos, object, value)}
  end

  # ---- match specifications ----

  @doc false
  def __match_spec__(spec, term), do: run_spec(spec, term)

  # The first clause whose pattern and guards match gives the result ([] when none does).
  defp run_spec([{pattern, guards, body} | rest], object) do
    case match_pattern(pattern, object, %{}) do
      {:ok, binds} ->
        if Enum.all?(guards, fn g -> eval(g, object, binds) == true end),
          do: [eval_body(body, object, binds)],
          else: run_spec(rest, object)

      :error ->
        run_spec(rest, object)
    end
  end

  defp run_spec([], _object), do: []

  defp match_pattern(:_, _value, binds), do: {:ok, binds}

  defp match_pattern(atom, value, binds) when is_atom(atom) do
    case variable(atom) do
      nil ->
        if atom === value, do: {:ok, binds}, else: :error

      n ->
        case binds do
          %{^n => bound} -> if bound === value, do: {:ok, binds}, else: :error
          _ -> {:ok, :maps.put(n, value, binds)}
        end
    end
  end

  defp match_pattern(pattern, value, binds)
       when is_tuple(pattern) and is_tuple(value) and tuple_size(pattern) == tuple_size(value),
       do: match_list(:erlang.tuple_to_list(pattern), :erlang.tuple_to_list(value), binds)

  defp match_pattern([p | ps], [v | vs], binds) do
    case match_pattern(p, v, binds) do
      {:ok, binds} -> match_pattern(ps, vs, binds)
      :error -> :error
    end
  end

  defp match_pattern(%{} = pattern, %{} = value, binds) do
    Enum.reduce_while(:maps.to_list(pattern), {:ok, binds}, fn {k, p}, {:ok, binds} ->
      case value do
        %{^k => v} ->
          case match_pattern(p, v, binds) do
            {:ok, binds} -> {:cont, {:ok, binds}}
            :error -> {:halt, :error}
          end

        _ ->
          {:halt, :error}
      end
    end)
  end

  defp match_pattern(pattern, value, binds), do: if(pattern === value, do: {:ok, binds}, else: :error)

  defp match_list([p | ps], [v | vs], binds) do
    case match_pattern(p, v, binds) do
      {:ok, binds} -> match_list(ps, vs, binds)
      :error -> :error
    end
  end

  defp match_list([], [], binds), do: {:ok, binds}

  # :"$3" -> 3
  defp variable(atom) do
    case :erlang.atom_to_binary(atom) do
      "$" <> digits when digits != "" ->
        case Integer.parse(digits) do
          {n, ""} -> n
          _ -> nil
        end

      _ ->
        nil
    end
  end

  defp eval_body(body, object, binds), do: body |> Enum.map(&eval(&1, object, binds)) |> List.last()

  defp eval(:"$_", object, _binds), do: object

  defp eval(:"$$", _object, binds),
    do: binds |> :maps.to_list() |> :lists.sort() |> Enum.map(fn {_, v} -> v end)

  defp eval(atom, _object, binds) when is_atom(atom) do
    case variable(atom) do
      nil -> atom
      n -> Map.fetch!(binds, n)
    end
  end

  defp eval({:const, value}, _object, _binds), do: value
  defp eval({tuple}, object, binds) when is_tuple(tuple), do: eval_tuple(tuple, object, binds)

  defp eval(list, object, binds) when is_list(list), do: Enum.map(list, &eval(&1, object, binds))

  defp eval({op, a}, object, binds) when is_atom(op), do: apply_op(op, [eval(a, object, binds)])

  defp eval({:andalso, a, b}, object, binds),
    do: eval(a, object, binds) == true and eval(b, object, binds) == true

  defp eval({:orelse, a, b}, object, binds),
    do: eval(a, object, binds) == true or eval(b, object, binds) == true

  defp eval({op, a, b}, object, binds) when is_atom(op),
    do: apply_op(op, [eval(a, object, binds), eval(b, object, binds)])

  defp eval(other, _object, _binds), do: other

  defp eval_tuple(tuple, object, binds),
    do: :erlang.list_to_tuple(Enum.map(:erlang.tuple_to_list(tuple), &eval(&1, object, binds)))

  defp apply_op(op, args) do
    case {op, args} do
      {:==, [a, b]} -> a == b
      {:"/=", [a, b]} -> a != b
      {:"=:=", [a, b]} -> a === b
      {:"=/=", [a, b]} -> a !== b
      {:<, [a, b]} -> a < b
      {:>, [a, b]} -> a > b
      {:"=<", [a, b]} -> a <= b
      {:>=, [a, b]} -> a >= b
      {:and, [a, b]} -> a and b
      {:or, [a, b]} -> a or b
      {:xor, [a, b]} -> a != b
      {:not, [a]} -> not a
      {:+, [a, b]} -> a + b
      {:-, [a, b]} -> a - b
      {:*, [a, b]} -> a * b
      {:/, [a, b]} -> a / b
      {:div, [a, b]} -> div(a, b)
      {:rem, [a, b]} -> rem(a, b)
      {:-, [a]} -> -a
      {:abs, [a]} -> abs(a)
      {:element, [n, t]} -> :erlang.element(n, t)
      {:hd, [l]} -> hd(l)
      {:tl, [l]} -> tl(l)
      {:length, [l]} -> length(l)
      {:tuple_size, [t]} -> tuple_size(t)
      {:map_size, [m]} -> map_size(m)
      {:map_get, [k, m]} -> :erlang.map_get(k, m)
      {:is_map_key, [k, m]} -> is_map_key(m, k)
      {:is_atom, [x]} -> is_atom(x)
      {:is_integer, [x]} -> is_integer(x)
      {:is_float, [x]} -> is_float(x)
      {:is_number, [x]} -> is_number(x)
      {:is_binary, [x]} -> is_binary(x)
      {:is_list, [x]} -> is_list(x)
      {:is_tuple, [x]} -> is_tuple(x)
      {:is_map, [x]} -> is_map(x)
      {:is_pid, [x]} -> is_pid(x)
      {:is_function, [x]} -> is_function(x)
      {:max, [a, b]} -> max(a, b)
      {:min, [a, b]} -> min(a, b)
      _ -> {op, args}
    end
  end
end
