# Registry: a local key-value process registry. Each registry is one process (registered
# under the registry's name) holding the entries; registered processes are monitored and
# their entries dropped when they exit. The via callbacks (register_name/2,
# whereis_name/1, unregister_name/1, send/2) make {:via, Registry, {registry, key}} names
# work with GenServer and Agent.
defmodule Registry do
  def child_spec(options) do
    %{
      id: Keyword.get(options, :name, Registry),
      start: {Registry, :start_link, [options]},
      type: :supervisor
    }
  end

  def start_link(options) when is_list(options) do
    keys = Keyword.get(options, :keys)
    name = Keyword.get(options, :name)

    cond do
      keys not in [:unique, :duplicate] ->
        raise ArgumentError, "expected :keys to be given and be one of :unique or :duplicate, got: " <> inspect(keys)

      not is_atom(name) or name == nil ->
        raise ArgumentError, "expected :name to be given and to be an atom, got: " <> inspect(name)

      true ->
        parent = self()
        meta = Keyword.get(options, :meta, [])

        pid =
          spawn_link(fn ->
            case register_self(name) do
              :ok ->
                Kernel.send(parent, {:registry_started, self(), :ok})
                loop(%{keys: keys, entries: %{}, by_pid: %{}, meta: :maps.from_list(meta)})

              error ->
                Kernel.send(parent, {:registry_started, self(), error})
            end
          end)

        receive do
          {:registry_started, ^pid, :ok} -> {:ok, pid}
          {:registry_started, ^pid, error} -> error
        end
    end
  end

  defp register_self(name) do
    :erlang.register(name, self())
    :ok
  catch
    :error, _ -> {:error, {:already_started, :erlang.whereis(name)}}
  end

  # ---- the API (each call runs in the registry process) ----

  def register(registry, key, value), do: call(registry, {:register, key, value, self()})
  def unregister(registry, key), do: call(registry, {:unregister, key, self()})
  def lookup(registry, key), do: call(registry, {:lookup, key})
  def keys(registry, pid) when is_pid(pid), do: call(registry, {:keys, pid})
  def values(registry, key, pid) when is_pid(pid), do: call(registry, {:values, key, pid})
  def count(registry), do: call(registry, :count)
  def update_value(registry, key, fun) when is_function(fun, 1), do: call(registry, {:update_value, key, fun, self()})

  def match(registry, key, pattern, guards \\ []),
    do: Enum.filter(lookup(registry, key), fn {_, value} -> value_matches?(value, pattern, guards) end)

  def count_match(registry, key, pattern, guards \\ []), do: length(match(registry, key, pattern, guards))

  def unregister_match(registry, key, pattern, guards \\ []),
    do: call(registry, {:unregister_match, key, pattern, guards, self()})

  # select/2 and count_select/2 run a match specification over {key, pid, value} for
  # every entry (listed by key, then in registration order; the BEAM uses ETS order).
  def select(registry, spec) when is_list(spec) do
    Enum.flat_map(call(registry, :entries), fn entry -> :ets.__match_spec__(spec, entry) end)
  end

  def count_select(registry, spec) when is_list(spec) do
    Enum.count(select(registry, spec), &(&1 == true))
  end

  def dispatch(registry, key, fun, _opts \\ []) when is_function(fun, 1) do
    case lookup(registry, key) do
      [] -> :ok
      entries -> fun.(entries)
    end

    :ok
  end

  def meta(registry, key), do: call(registry, {:meta, key})
  def put_meta(registry, key, value), do: call(registry, {:put_meta, key, value})
  def delete_meta(registry, key), do: call(registry, {:delete_meta, key})

  # ---- via callbacks ----

  def register_name({registry, key}, pid), do: register_name({registry, key, nil}, pid)

  def register_name({registry, key, value}, pid) when pid == self() do
    case register(registry, key, value) do
      {:ok, _} -> :yes
      {:error, _} -> :no
    end
  end

  def whereis_name({registry, key}) do
    case lookup(registry, key) do
      [{pid, _}] -> pid
      _ -> :undefined
    end
  end

  def whereis_name({registry, key, _value}), do: whereis_name({registry, key})

  def unregister_name({registry, key}), do: unregister(registry, key)
  def unregister_name({registry, key, _value}), do: unregister(registry, key)

  def send({registry, key}, message) do
    case whereis_name({registry, key}) do
      :undefined -> :erlang.error({:badarg, {{registry, key}, message}})
      pid -> Kernel.send(pid, message)
    end
  end

  def send({registry, key, _value}, message), do: send({registry, key}, message)

  # ---- the registry process ----

  defp call(registry, request) do
    pid =
      case registry do
        pid when is_pid(pid) -> pid
        name -> :erlang.whereis(name)
      end

    if pid == :undefined do
      raise ArgumentError, "unknown registry: " <> inspect(registry)
    end

    :athanor.recv_mark()
    ref = :erlang.monitor(:process, pid)
    Kernel.send(pid, {:registry_call, self(), ref, request})
    :athanor.recv_use_mark()

    receive do
      {^ref, reply} ->
        :erlang.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, _} ->
        raise ArgumentError, "unknown registry: " <> inspect(registry)
    end
  end

  defp loop(state) do
    receive do
      {:registry_call, from, ref, request} ->
        {reply, state} = handle(request, state)
        Kernel.send(from, {ref, reply})
        loop(state)

      {:DOWN, _ref, :process, pid, _reason} ->
        loop(drop_pid(state, pid))

      _other ->
        loop(state)
    end
  end

  defp handle({:register, key, value, pid}, state) do
    existing = Map.get(state.entries, key, [])

    case {state.keys, existing} do
      {:unique, [{owner, _} | _]} ->
        {{:error, {:already_registered, owner}}, state}

      _ ->
        state = watch(state, pid)
        entries = :maps.put(key, existing ++ [{pid, value}], state.entries)
        by_pid = :maps.put(pid, Map.get(state.by_pid, pid, []) ++ [key], state.by_pid)
        {{:ok, self()}, %{state | entries: entries, by_pid: by_pid}}
    end
  end

  defp handle({:unregister, key, pid}, state) do
    kept = Enum.reject(Map.get(state.entries, key, []), fn {p, _} -> p == pid end)
    {:ok, %{state | entries: put_entries(state.entries, key, kept), by_pid: forget_key(state.by_pid, pid, key)}}
  end

  defp handle({:unregister_match, key, pattern, guards, pid}, state) do
    kept =
      Enum.reject(Map.get(state.entries, key, []), fn {p, v} ->
        p == pid and value_matches?(v, pattern, guards)
      end)

    state = %{state | entries: put_entries(state.entries, key, kept)}
    state = if Enum.any?(kept, fn {p, _} -> p == pid end), do: state, else: %{state | by_pid: forget_key(state.by_pid, pid, key)}
    {:ok, state}
  end

  defp handle({:lookup, key}, state), do: {Map.get(state.entries, key, []), state}
  defp handle({:keys, pid}, state), do: {Enum.uniq(Map.get(state.by_pid, pid, [])), state}

  defp handle({:values, key, pid}, state) do
    values = for {^pid, value} <- Map.get(state.entries, key, []), do: value
    {values, state}
  end

  defp handle(:entries, state) do
    entries = for {key, list} <- state.entries, {pid, value} <- list, do: {key, pid, value}
    {entries, state}
  end

  defp handle(:count, state),
    do: {Enum.reduce(state.entries, 0, fn {_, entries}, n -> n + length(entries) end), state}

  defp handle({:update_value, key, fun, pid}, state) do
    case {state.keys, Map.get(state.entries, key, [])} do
      {:unique, [{^pid, old}]} ->
        new = fun.(old)
        {{new, old}, %{state | entries: :maps.put(key, [{pid, new}], state.entries)}}

      _ ->
        {:error, state}
    end
  end

  defp handle({:meta, key}, state) do
    case state.meta do
      %{^key => value} -> {{:ok, value}, state}
      _ -> {:error, state}
    end
  end

  defp handle({:put_meta, key, value}, state), do: {:ok, %{state | meta: :maps.put(key, value, state.meta)}}
  defp handle({:delete_meta, key}, state), do: {:ok, %{state | meta: :maps.remove(key, state.meta)}}

  defp watch(state, pid) do
    if :maps.is_key(pid, state.by_pid) do
      state
    else
      :erlang.monitor(:process, pid)
      %{state | by_pid: :maps.put(pid, [], state.by_pid)}
    end
  end

  defp drop_pid(state, pid) do
    entries =
      Enum.reduce(Map.get(state.by_pid, pid, []), state.entries, fn key, entries ->
        kept = Enum.reject(Map.get(entries, key, []), fn {p, _} -> p == pid end)
        put_entries(entries, key, kept)
      end)

    %{state | entries: entries, by_pid: :maps.remove(pid, state.by_pid)}
  end

  defp put_entries(entries, key, []), do: :maps.remove(key, entries)
  defp put_entries(entries, key, list), do: :maps.put(key, list, entries)

  defp forget_key(by_pid, pid, key) do
    case by_pid do
      %{^pid => keys} -> :maps.put(pid, List.delete(keys, key), by_pid)
      _ -> by_pid
    end
  end

  # Patterns are match-specification heads (:_ and :"$N" variables) over the value.
  defp value_matches?(value, pattern, guards) do
    case :ets.__match_spec__([{pattern, guards, [true]}], value) do
      [true] -> true
      _ -> false
    end
  end
end
