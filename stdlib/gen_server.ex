# GenServer: the generic server behaviour (Elixir 1.14 over OTP 25's gen_server), written
# over the process primitives.
#
# Start protocol (proc_lib's): the starter spawns the server (linked for start_link), the
# server registers its name *before* init/1 runs, calls init/1 and acknowledges with the
# value start_link returns ({:ok, pid}, :ignore or {:error, reason}); the starter waits for
# that acknowledgement (init timeout: the :timeout option). A server whose init/1 fails
# unregisters its name, acknowledges, then exits with the reason, so a linked starter that
# does not trap exits goes down with it.
#
# Messages: {:"$gen_call", {pid, tag}, request}, {:"$gen_cast", request}, system messages
# {:system, from, request} (GenServer.stop uses {:terminate, reason}), and anything else
# goes to handle_info/2. A call monitors the server with a monitor that is also a process
# alias (bif/Aliases.h); the tag is [:alias | ref] and the reply is sent to the alias, so a
# reply arriving after the caller gave up (timeout) is dropped instead of polluting its
# mailbox, as on OTP 25.
defmodule GenServer do
  # ---- defaults injected by `use GenServer` (compiler/sema/Injected.cpp) ----

  @doc false
  def __default_init__(_module, init_arg), do: {:ok, init_arg}

  @doc false
  def __default_handle_call__(_msg, _from, _state) do
    raise RuntimeError,
          "attempted to call GenServer #{inspect(__proc_name__())} but no handle_call/3 clause was provided"
  end

  @doc false
  def __default_handle_cast__(_msg, _state) do
    raise RuntimeError,
          "attempted to cast GenServer #{inspect(__proc_name__())} but no handle_cast/2 clause was provided"
  end

  @doc false
  def __default_handle_info__(msg, state) do
    module =
      case :erlang.get(:"$initial_call") do
        {mod, _, _} -> mod
        _ -> GenServer
      end

    :athanor.log_error([
      inspect(module),
      " ",
      inspect(__proc_name__()),
      " received unexpected message in handle_info/2: ",
      inspect(msg)
    ])

    {:noreply, state}
  end

  @doc false
  def __proc_name__() do
    case :erlang.process_info(self(), :registered_name) do
      {:registered_name, name} when is_atom(name) -> name
      _ -> self()
    end
  end

  # ---- starting ----

  def start_link(module, init_arg, options \\ []) when is_atom(module) and is_list(options) do
    do_start(:link, module, init_arg, options)
  end

  def start(module, init_arg, options \\ []) when is_atom(module) and is_list(options) do
    do_start(:nolink, module, init_arg, options)
  end

  defp do_start(link, module, init_arg, options) do
    name =
      case :lists.keyfind(:name, 1, options) do
        false -> nil
        {:name, nil} -> nil
        {:name, atom} when is_atom(atom) -> {:local, atom}
        {:name, {:global, _term} = tuple} -> tuple
        {:name, {:via, via_module, _term} = tuple} when is_atom(via_module) -> tuple
        {:name, other} -> raise ArgumentError, bad_name_message(other)
      end

    timeout =
      case :lists.keyfind(:timeout, 1, options) do
        {:timeout, t} -> t
        false -> :infinity
      end

    __start__(link, name, module, init_arg, timeout)
  end

  defp bad_name_message(other) do
    "expected :name option to be one of the following:\n\n" <>
      "  * nil\n  * atom\n  * {:global, term}\n  * {:via, module, term}\n\n" <>
      "Got: #{inspect(other)}\n"
  end

  @doc false
  # Spawns a server process running `module` and waits for its init/1 (see the header).
  # `name` is nil, {:local, atom}, {:global, term} or {:via, module, term}.
  def __start__(link, name, module, init_arg, timeout) do
    starter = self()
    ack = make_ref()
    ancestors = [ancestor_id(starter) | ancestors_of_self()]

    init = fn -> init_it(starter, ack, ancestors, link, name, module, init_arg) end

    pid =
      case link do
        :link -> :erlang.spawn_link(init)
        :nolink -> :erlang.spawn(init)
      end

    mref = :erlang.monitor(:process, pid)

    receive do
      {^ack, result} ->
        :erlang.demonitor(mref, [:flush])
        result

      {:DOWN, ^mref, :process, _, reason} ->
        {:error, reason}
    after
      timeout ->
        :erlang.demonitor(mref, [:flush])
        :erlang.unlink(pid)
        :erlang.exit(pid, :kill)

        receive do
          {:EXIT, ^pid, _} -> :ok
        after
          0 -> :ok
        end

        {:error, :timeout}
    end
  end

  defp ancestor_id(pid) do
    case :erlang.process_info(pid, :registered_name) do
      {:registered_name, name} when is_atom(name) -> name
      _ -> pid
    end
  end

  defp ancestors_of_self() do
    case :erlang.get(:"$ancestors") do
      list when is_list(list) -> list
      _ -> []
    end
  end

  defp init_it(starter, ack, ancestors, link, name, module, init_arg) do
    parent =
      case link do
        :link -> starter
        :nolink -> self()
      end

    case register_name(name) do
      :ok ->
        :erlang.put(:"$ancestors", ancestors)
        :erlang.put(:"$initial_call", {module, :init, 1})

        result =
          try do
            module.init(init_arg)
          catch
            :throw, value -> value
            kind, reason -> {:"$athanor_init_crash", kind, reason, __STACKTRACE__}
          end

        init_result(result, starter, ack, parent, name, module)

      {:error, _} = error ->
        send(starter, {ack, error})
        exit(:normal)
    end
  end

  defp init_result(result, starter, ack, parent, name, module) do
    case result do
      {:ok, state} ->
        send(starter, {ack, {:ok, self()}})
        loop(parent, name, module, state, :infinity)

      {:ok, state, extra}
      when extra == :hibernate or extra == :infinity or
             (is_integer(extra) and extra >= 0) or
             (is_tuple(extra) and tuple_size(extra) == 2 and elem(extra, 0) == :continue) ->
        send(starter, {ack, {:ok, self()}})
        loop(parent, name, module, state, extra)

      {:stop, reason} ->
        unregister_name(name)
        send(starter, {ack, {:error, reason}})
        init_failed_pause()
        exit(reason)

      :ignore ->
        unregister_name(name)
        send(starter, {ack, :ignore})
        exit(:normal)

      {:"$athanor_init_crash", kind, reason, stacktrace} ->
        unregister_name(name)
        send(starter, {ack, {:error, exit_reason(kind, reason, stacktrace)}})
        init_failed_pause()
        :erlang.raise(kind, reason, stacktrace)

      other ->
        unregister_name(name)
        reason = {:bad_return_value, other}
        send(starter, {ack, {:error, reason}})
        exit(reason)
    end
  end

  # A server whose init failed exits a moment after acknowledging, so that a linked
  # starter first gets on with its {:error, reason}; on BEAM it likewise dies only when
  # it next handles signals, not right at the acknowledgement.
  defp init_failed_pause() do
    receive do
    after
      1 -> :ok
    end
  end

  # The exit reason of a process whose code raised (what links and monitors see).
  @doc false
  def exit_reason(:error, reason, stacktrace), do: {reason, stacktrace}
  def exit_reason(:exit, reason, _stacktrace), do: reason
  def exit_reason(:throw, value, stacktrace), do: {{:nocatch, value}, stacktrace}

  # ---- names ----

  defp register_name(nil), do: :ok

  defp register_name({:local, name}) do
    try do
      :erlang.register(name, self())
      :ok
    catch
      :error, _ -> {:error, {:already_started, whereis_or_undefined(name)}}
    end
  end

  defp register_name({:via, module, name}) do
    case module.register_name(name, self()) do
      :yes -> :ok
      _ -> {:error, {:already_started, via_whereis(module, name)}}
    end
  end

  defp register_name({:global, name}) do
    case GenServer.Global.register_name(name, self()) do
      :yes -> :ok
      _ -> {:error, {:already_started, via_whereis(GenServer.Global, name)}}
    end
  end

  defp whereis_or_undefined(name) do
    :erlang.whereis(name)
  end

  defp via_whereis(module, name) do
    module.whereis_name(name)
  end

  defp unregister_name(nil), do: :ok

  defp unregister_name({:local, name}) do
    try do
      :erlang.unregister(name)
    catch
      :error, _ -> :ok
    end

    :ok
  end

  defp unregister_name({:via, module, name}) do
    module.unregister_name(name)
    :ok
  end

  defp unregister_name({:global, name}) do
    GenServer.Global.unregister_name(name)
    :ok
  end

  # ---- the server loop ----

  defp loop(parent, name, module, state, :infinity) do
    receive do
      msg -> handle_msg(msg, parent, name, module, state)
    end
  end

  defp loop(parent, name, module, state, :hibernate),
    do: loop(parent, name, module, state, :infinity)

  defp loop(parent, name, module, state, {:continue, continue}) do
    result =
      try do
        module.handle_continue(continue, state)
      catch
        :throw, value -> value
        kind, reason -> crash(kind, reason, __STACKTRACE__, parent, name, module, state, {:continue, continue}, nil)
      end

    noreply_result(result, parent, name, module, state, {:continue, continue})
  end

  defp loop(parent, name, module, state, timeout) do
    receive do
      msg -> handle_msg(msg, parent, name, module, state)
    after
      timeout -> handle_info_msg(:timeout, parent, name, module, state)
    end
  end

  defp handle_msg({:"$gen_call", from, request} = msg, parent, name, module, state) do
    result =
      try do
        module.handle_call(request, from, state)
      catch
        :throw, value -> value
        kind, reason -> crash(kind, reason, __STACKTRACE__, parent, name, module, state, request, from)
      end

    case result do
      {:reply, reply, new_state} ->
        reply(from, reply)
        loop(parent, name, module, new_state, :infinity)

      {:reply, reply, new_state, extra} ->
        if valid_extra?(extra) do
          reply(from, reply)
          loop(parent, name, module, new_state, extra)
        else
          stop_server({:bad_return_value, result}, parent, name, module, state, request, from)
        end

      {:noreply, new_state} ->
        loop(parent, name, module, new_state, :infinity)

      {:noreply, new_state, extra} ->
        if valid_extra?(extra) do
          loop(parent, name, module, new_state, extra)
        else
          stop_server({:bad_return_value, result}, parent, name, module, state, request, from)
        end

      {:stop, reason, reply, new_state} ->
        # terminate/2 runs before the caller gets its reply (gen_server's try ... after)
        try do
          terminate(reason, parent, name, module, new_state, request, from, true)
        after
          reply(from, reply)
        end

      {:stop, reason, new_state} ->
        terminate(reason, parent, name, module, new_state, request, from, true)

      other ->
        _ = msg
        stop_server({:bad_return_value, other}, parent, name, module, state, request, from)
    end
  end

  defp handle_msg({:"$gen_cast", request} = msg, parent, name, module, state) do
    result =
      try do
        module.handle_cast(request, state)
      catch
        :throw, value -> value
        kind, reason -> crash(kind, reason, __STACKTRACE__, parent, name, module, state, msg, nil)
      end

    noreply_result(result, parent, name, module, state, msg)
  end

  defp handle_msg({:EXIT, from, reason} = msg, parent, name, module, state) when from == parent do
    terminate(reason, parent, name, module, state, msg, nil, true)
  end

  defp handle_msg({:system, from, request} = msg, parent, name, module, state) do
    case request do
      {:terminate, reason} ->
        terminate(reason, parent, name, module, state, [], nil, true)

      :get_state ->
        reply(from, state)
        loop(parent, name, module, state, :infinity)

      {:replace_state, fun} ->
        new_state = fun.(state)
        reply(from, new_state)
        loop(parent, name, module, new_state, :infinity)

      {:"$athanor_leave_loop", value} ->
        # Never sent. It gives the loop a path that returns a real value, which keeps the
        # compiler's tail calls between the loop functions (notes/compiler-bugs.md).
        value

      :suspend ->
        reply(from, :ok)
        suspended(parent, name, module, state)

      :resume ->
        reply(from, :ok)
        loop(parent, name, module, state, :infinity)

      :get_status ->
        reply(from, {:status, self(), {:module, :gen_server}, [[], :running, parent, [], state]})
        loop(parent, name, module, state, :infinity)

      _ ->
        handle_info_msg(msg, parent, name, module, state)
    end
  end

  defp handle_msg(msg, parent, name, module, state) do
    handle_info_msg(msg, parent, name, module, state)
  end

  # :sys.suspend/1: only system messages (and the parent's exit) are handled until resumed
  defp suspended(parent, name, module, state) do
    receive do
      {:system, from, :resume} ->
        reply(from, :ok)
        loop(parent, name, module, state, :infinity)

      {:system, _from, _request} = msg ->
        handle_msg(msg, parent, name, module, state)

      {:EXIT, from, _reason} = msg when from == parent ->
        handle_msg(msg, parent, name, module, state)
    end
  end

  defp handle_info_msg(msg, parent, name, module, state) do
    result =
      try do
        module.handle_info(msg, state)
      catch
        :throw, value ->
          value

        :error, :undef ->
          if :erlang.function_exported(module, :handle_info, 2) do
            crash(:error, :undef, __STACKTRACE__, parent, name, module, state, msg, nil)
          else
            :athanor.log_error([
              "undefined handle_info in ",
              inspect(module),
              "\nUnhandled message: ",
              inspect(msg)
            ])

            {:noreply, state}
          end

        kind, reason ->
          crash(kind, reason, __STACKTRACE__, parent, name, module, state, msg, nil)
      end

    noreply_result(result, parent, name, module, state, msg)
  end

  defp noreply_result(result, parent, name, module, state, msg) do
    case result do
      {:noreply, new_state} ->
        loop(parent, name, module, new_state, :infinity)

      {:noreply, new_state, extra} ->
        if valid_extra?(extra) do
          loop(parent, name, module, new_state, extra)
        else
          stop_server({:bad_return_value, result}, parent, name, module, state, msg, nil)
        end

      {:stop, reason, new_state} ->
        terminate(reason, parent, name, module, new_state, msg, nil, true)

      other ->
        stop_server({:bad_return_value, other}, parent, name, module, state, msg, nil)
    end
  end

  defp valid_extra?(:infinity), do: true
  defp valid_extra?(:hibernate), do: true
  defp valid_extra?(t) when is_integer(t) and t >= 0, do: true
  defp valid_extra?({:continue, _}), do: true
  defp valid_extra?(_), do: false

  defp stop_server(reason, parent, name, module, state, msg, from) do
    terminate(reason, parent, name, module, state, msg, from, true)
  end

  # A callback raised: terminate/2 sees the exit reason, then the server exits with it.
  defp crash(kind, reason, stacktrace, parent, name, module, state, msg, from) do
    exit_r = exit_reason(kind, reason, stacktrace)
    terminate(exit_r, parent, name, module, state, msg, from, true)
  end

  # Calls terminate/2 (when the module has it), reports an abnormal end, and exits with
  # `reason`. A terminate/2 that raises replaces the reason.
  defp terminate(reason, _parent, name, module, state, msg, from, _report) do
    if :erlang.function_exported(module, :terminate, 2) do
      try do
        module.terminate(reason, state)
      catch
        :throw, _ ->
          :ok

        kind, r ->
          st = __STACKTRACE__
          new_reason = exit_reason(kind, r, st)
          report_crash(new_reason, name, module, state, msg, from)
          exit(new_reason)
      end
    end

    case reason do
      :normal -> :ok
      :shutdown -> :ok
      {:shutdown, _} -> :ok
      _ -> report_crash(reason, name, module, state, msg, from)
    end

    exit(reason)
  end

  defp report_crash(reason, name, _module, state, msg, from) do
    who =
      case name do
        {:local, n} -> inspect(n)
        {:global, n} -> inspect(n)
        {:via, _, n} -> inspect(n)
        nil -> inspect(self())
      end

    last =
      case from do
        {pid, _} when is_pid(pid) -> ["Last message (from ", inspect(pid), "): ", inspect(msg)]
        _ -> ["Last message: ", inspect(msg)]
      end

    :athanor.log_error([
      "GenServer ",
      who,
      " terminating\n",
      format_reason(reason),
      "\n",
      last,
      "\nState: ",
      inspect(state)
    ])
  end

  @doc false
  def format_reason({exception, stacktrace}) when is_list(stacktrace) do
    cond do
      is_map(exception) and :erlang.is_map_key(:__exception__, exception) ->
        Exception.format_banner(:error, exception, stacktrace)

      raw_error?(exception) ->
        Exception.format_banner(:error, exception, stacktrace)

      true ->
        "** (stop) " <> Exception.format_exit({exception, stacktrace})
    end
  end

  def format_reason(reason), do: "** (stop) " <> Exception.format_exit(reason)

  defp raw_error?(r) when is_atom(r),
    do: :lists.member(r, [:badarith, :function_clause, :undef, :badarg, :system_limit, :if_clause])

  defp raw_error?({tag, _}) when is_atom(tag),
    do: :lists.member(tag, [:badmatch, :case_clause, :badkey, :badmap, :try_clause, :with_clause, :badarity, :badfun])

  defp raw_error?(_), do: false

  # ---- client API ----

  def call(server, request, timeout \\ 5000) do
    case whereis(server) do
      nil ->
        exit({:noproc, {GenServer, :call, [server, request, timeout]}})

      pid when pid == self() ->
        exit({:calling_self, {GenServer, :call, [server, request, timeout]}})

      pid when is_pid(pid) ->
        case __call__(pid, :"$gen_call", request, timeout) do
          {:ok, reply} -> reply
          {:exit, reason} -> exit({reason, {GenServer, :call, [server, request, timeout]}})
        end

      {name, node} when is_atom(name) and is_atom(node) ->
        exit({{:nodedown, node}, {GenServer, :call, [server, request, timeout]}})
    end
  end

  @doc false
  # One request/reply round trip with the process `pid` ({label, {self(), tag}, request}):
  # {:ok, reply} or {:exit, reason} (:timeout, or the server's exit reason).
  def __call__(pid, label, request, timeout) do
    # The reply and the DOWN can only come after the mark: the receive skips older messages.
    :athanor.recv_mark()
    mref = :erlang.monitor(:process, pid, [{:alias, :demonitor}])
    tag = [:alias | mref]
    :erlang.send(pid, {label, {self(), tag}, request})
    :athanor.recv_use_mark()

    receive do
      {^tag, reply} ->
        :erlang.demonitor(mref, [:flush])
        {:ok, reply}

      {:DOWN, ^mref, _, _, reason} ->
        {:exit, reason}
    after
      timeout ->
        :erlang.demonitor(mref, [:flush])

        receive do
          {^tag, reply} -> {:ok, reply}
        after
          0 -> {:exit, :timeout}
        end
    end
  end

  def cast(server, request)

  def cast({:global, name}, request) do
    try do
      GenServer.Global.send(name, {:"$gen_cast", request})
      :ok
    catch
      _, _ -> :ok
    end
  end

  def cast({:via, mod, name}, request) do
    try do
      mod.send(name, {:"$gen_cast", request})
      :ok
    catch
      _, _ -> :ok
    end
  end

  def cast({name, node}, request) when is_atom(name) and is_atom(node) do
    if node == :erlang.node() do
      cast(name, request)
    else
      :ok
    end
  end

  def cast(dest, request) when is_atom(dest) or is_pid(dest) do
    try do
      :erlang.send(dest, {:"$gen_cast", request})
      :ok
    catch
      _, _ -> :ok
    end
  end

  def abcast(nodes \\ [:erlang.node()], name, request) when is_list(nodes) and is_atom(name) do
    if :lists.member(:erlang.node(), nodes), do: cast(name, request)
    :abcast
  end

  def multi_call(nodes \\ [:erlang.node()], name, request, timeout \\ :infinity)
      when is_list(nodes) and is_atom(name) do
    {good, bad} =
      Enum.reduce(nodes, {[], []}, fn node, {good, bad} ->
        if node == :erlang.node() do
          try do
            {[{node, call(name, request, timeout)} | good], bad}
          catch
            :exit, _ -> {good, [node | bad]}
          end
        else
          {good, [node | bad]}
        end
      end)

    {:lists.reverse(good), :lists.reverse(bad)}
  end

  def reply({_pid, [:alias | alias] = tag}, reply) do
    :erlang.send(alias, {tag, reply})
    :ok
  end

  def reply({pid, tag}, reply) when is_pid(pid) do
    :erlang.send(pid, {tag, reply})
    :ok
  end

  def reply({name, tag}, reply) when is_atom(name) do
    try do
      :erlang.send(name, {tag, reply})
    catch
      _, _ -> :ok
    end

    :ok
  end

  def stop(server, reason \\ :normal, timeout \\ :infinity) do
    case whereis(server) do
      nil ->
        exit({:noproc, {GenServer, :stop, [server, reason, timeout]}})

      pid when pid == self() ->
        exit({:calling_self, {GenServer, :stop, [server, reason, timeout]}})

      pid when is_pid(pid) ->
        try do
          :proc_lib.stop(pid, reason, timeout)
        catch
          :exit, err -> exit({err, {GenServer, :stop, [server, reason, timeout]}})
        end

      _ ->
        exit({:noproc, {GenServer, :stop, [server, reason, timeout]}})
    end
  end

  def whereis(server) when is_pid(server), do: server

  def whereis(server) when is_atom(server) do
    case :erlang.whereis(server) do
      :undefined -> nil
      pid -> pid
    end
  end

  def whereis({:global, name}) do
    case GenServer.Global.whereis_name(name) do
      pid when is_pid(pid) -> pid
      _ -> nil
    end
  end

  def whereis({:via, mod, name}) do
    case mod.whereis_name(name) do
      pid when is_pid(pid) -> pid
      _ -> nil
    end
  end

  def whereis({name, node} = server) when is_atom(name) and is_atom(node) do
    if node == :erlang.node(), do: whereis(name), else: server
  end

  def whereis(_), do: nil

  def format_status(_reason, [_pdict, state]), do: state
end

# {:global, name} registration: a local stand-in for :global (one node), with the
# {:via, module, name} interface. The names live in a registry server started on first use
# and registered as :"$athanor_global_names"; it monitors every registered process and
# forgets it when it dies.
defmodule GenServer.Global do
  @registry :"$athanor_global_names"

  def register_name(name, pid) when is_pid(pid), do: GenServer.call(registry(), {:register, name, pid}, :infinity)
  def unregister_name(name), do: GenServer.call(registry(), {:unregister, name}, :infinity)

  def whereis_name(name) do
    case :erlang.whereis(@registry) do
      :undefined -> :undefined
      pid -> GenServer.call(pid, {:whereis, name}, :infinity)
    end
  end

  def registered_names() do
    case :erlang.whereis(@registry) do
      :undefined -> []
      pid -> GenServer.call(pid, :names, :infinity)
    end
  end

  def send(name, msg) do
    case whereis_name(name) do
      pid when is_pid(pid) ->
        Kernel.send(pid, msg)
        pid

      :undefined ->
        :erlang.exit({:badarg, {name, msg}})
    end
  end

  defp registry() do
    case :erlang.whereis(@registry) do
      :undefined ->
        case GenServer.start(GenServer.Global, :ok, name: @registry) do
          {:ok, pid} -> pid
          {:error, {:already_started, pid}} -> pid
        end

      pid ->
        pid
    end
  end

  def init(:ok), do: {:ok, {%{}, %{}}}

  def handle_call({:register, name, pid}, _from, {names, refs} = state) do
    if :erlang.is_map_key(name, names) or not :erlang.is_process_alive(pid) do
      {:reply, :no, state}
    else
      ref = :erlang.monitor(:process, pid)
      {:reply, :yes, {:maps.put(name, pid, names), :maps.put(ref, name, refs)}}
    end
  end

  def handle_call({:unregister, name}, _from, {names, refs}) do
    refs =
      Enum.reduce(:maps.to_list(refs), refs, fn {ref, n}, acc ->
        if n === name do
          :erlang.demonitor(ref, [:flush])
          :maps.remove(ref, acc)
        else
          acc
        end
      end)

    {:reply, :ok, {:maps.remove(name, names), refs}}
  end

  def handle_call({:whereis, name}, _from, {names, _} = state) do
    {:reply, :maps.get(name, names, :undefined), state}
  end

  def handle_call(:names, _from, {names, _} = state), do: {:reply, :maps.keys(names), state}

  def handle_info({:DOWN, ref, :process, _, _}, {names, refs} = state) do
    case :maps.find(ref, refs) do
      {:ok, name} -> {:noreply, {:maps.remove(name, names), :maps.remove(ref, refs)}}
      :error -> {:noreply, state}
    end
  end

  def handle_info(_, state), do: {:noreply, state}

  def terminate(_, _), do: :ok
end

# :global on one node: the names of GenServer.Global (so {:global, name} servers and
# :global.register_name/2 share one table). Name clashes never need resolving.
defmodule :global do
  def register_name(name, pid) when is_pid(pid), do: GenServer.Global.register_name(name, pid)
  def register_name(name, pid, _resolve) when is_pid(pid), do: GenServer.Global.register_name(name, pid)

  def re_register_name(name, pid) when is_pid(pid) do
    GenServer.Global.unregister_name(name)
    GenServer.Global.register_name(name, pid)
  end

  def re_register_name(name, pid, _resolve), do: re_register_name(name, pid)
  def unregister_name(name), do: GenServer.Global.unregister_name(name)
  def whereis_name(name), do: GenServer.Global.whereis_name(name)
  def send(name, msg), do: GenServer.Global.send(name, msg)
  def registered_names(), do: GenServer.Global.registered_names()
end

# :sys (the parts of OTP's sys module that work on GenServer-based processes).
defmodule :sys do
  def get_state(name), do: system_call(name, :get_state, 5000, [name], :get_state)
  def get_state(name, timeout), do: system_call(name, :get_state, timeout, [name, timeout], :get_state)

  def replace_state(name, fun) when is_function(fun, 1),
    do: system_call(name, {:replace_state, fun}, 5000, [name, fun], :replace_state)

  def replace_state(name, fun, timeout) when is_function(fun, 1),
    do: system_call(name, {:replace_state, fun}, timeout, [name, fun, timeout], :replace_state)

  def get_status(name), do: system_call(name, :get_status, 5000, [name], :get_status)
  def get_status(name, timeout), do: system_call(name, :get_status, timeout, [name, timeout], :get_status)

  def suspend(name), do: system_call(name, :suspend, 5000, [name], :suspend)
  def suspend(name, timeout), do: system_call(name, :suspend, timeout, [name, timeout], :suspend)
  def resume(name), do: system_call(name, :resume, 5000, [name], :resume)
  def resume(name, timeout), do: system_call(name, :resume, timeout, [name, timeout], :resume)

  def terminate(name, reason, timeout \\ :infinity) do
    case GenServer.whereis(name) do
      nil -> exit({:noproc, {:sys, :terminate, [name, reason, timeout]}})
      pid -> :proc_lib.stop(pid, reason, timeout)
    end
  end

  defp system_call(name, request, timeout, args, fun) do
    case GenServer.whereis(name) do
      pid when is_pid(pid) ->
        case GenServer.__call__(pid, :system, request, timeout) do
          {:ok, reply} -> reply
          {:exit, reason} -> exit({reason, {:sys, fun, args}})
        end

      _ ->
        exit({:noproc, {:sys, fun, args}})
    end
  end
end

# :proc_lib.stop/1,3 (what GenServer.stop uses).
defmodule :proc_lib do
  def stop(process), do: stop(process, :normal, :infinity)

  def stop(process, reason, timeout) do
    mref = :erlang.monitor(:process, process)
    :erlang.send(process, {:system, {self(), mref}, {:terminate, reason}})

    receive do
      {:DOWN, ^mref, _, _, ^reason} ->
        :ok

      {:DOWN, ^mref, _, _, other} ->
        exit(other)
    after
      timeout ->
        :erlang.demonitor(mref, [:flush])
        exit(:timeout)
    end
  end
end
