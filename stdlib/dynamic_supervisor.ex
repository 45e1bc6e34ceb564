# DynamicSupervisor (Elixir 1.14): a supervisor that starts children on demand
# (:one_for_one only), keyed by pid. The process is a GenServer (DynamicSupervisor.Server)
# that traps exits; children are restarted by restart type within the restart intensity.
defmodule DynamicSupervisor do
  def child_spec(options) when is_list(options) do
    id =
      case Keyword.get(options, :name) do
        nil -> DynamicSupervisor
        name -> name
      end

    %{id: id, start: {DynamicSupervisor, :start_link, [options]}, type: :supervisor}
  end

  def start_link(options) when is_list(options) do
    keys = [:extra_arguments, :max_children, :max_seconds, :max_restarts, :strategy]
    {sup_opts, start_opts} = Keyword.split(options, keys)
    start_link(Supervisor.Default, init(sup_opts), start_opts)
  end

  def start_link(module, init_arg, options \\ []) when is_atom(module) and is_list(options) do
    name =
      case :lists.keyfind(:name, 1, options) do
        {:name, n} -> n
        false -> nil
      end

    GenServer.start_link(DynamicSupervisor.Server, {module, init_arg, name}, options)
  end

  def init(options) when is_list(options) do
    strategy = Keyword.get(options, :strategy, :one_for_one)
    intensity = Keyword.get(options, :max_restarts, 3)
    period = Keyword.get(options, :max_seconds, 5)
    max_children = Keyword.get(options, :max_children, :infinity)
    extra_arguments = Keyword.get(options, :extra_arguments, [])

    flags = %{
      strategy: strategy,
      intensity: intensity,
      period: period,
      max_children: max_children,
      extra_arguments: extra_arguments
    }

    {:ok, flags}
  end

  def start_child(supervisor, {_, _, _, _, _, _} = child_spec) do
    validate_and_start_child(supervisor, child_spec)
  end

  def start_child(supervisor, child_spec) do
    validate_and_start_child(supervisor, Supervisor.child_spec(child_spec, []))
  end

  defp validate_and_start_child(supervisor, child_spec) do
    case Supervisor.Server.check_spec(child_spec) do
      {:ok, child} -> call(supervisor, {:start_child, child})
      {:error, reason} -> {:error, reason}
    end
  end

  def terminate_child(supervisor, pid) when is_pid(pid), do: call(supervisor, {:terminate_child, pid})
  def which_children(supervisor), do: call(supervisor, :which_children)
  def count_children(supervisor), do: call(supervisor, :count_children)

  def stop(supervisor, reason \\ :normal, timeout \\ :infinity),
    do: GenServer.stop(supervisor, reason, timeout)

  defp call(supervisor, request), do: GenServer.call(supervisor, request, :infinity)
end

defmodule DynamicSupervisor.Server do
  @moduledoc false

  def init({module, init_arg, name}) do
    :erlang.process_flag(:trap_exit, true)

    case module.init(init_arg) do
      {:ok, flags} when is_map(flags) ->
        strategy = :maps.get(:strategy, flags, :one_for_one)
        intensity = :maps.get(:intensity, flags, 3)
        period = :maps.get(:period, flags, 5)
        max_children = :maps.get(:max_children, flags, :infinity)
        extra = :maps.get(:extra_arguments, flags, [])

        cond do
          strategy != :one_for_one ->
            {:stop, {:supervisor_data, {:invalid_strategy, strategy}}}

          not (is_integer(intensity) and intensity >= 0) ->
            {:stop, {:supervisor_data, {:invalid_intensity, intensity}}}

          not (is_integer(period) and period > 0) ->
            {:stop, {:supervisor_data, {:invalid_period, period}}}

          not (max_children == :infinity or (is_integer(max_children) and max_children >= 0)) ->
            {:stop, {:supervisor_data, {:invalid_max_children, max_children}}}

          not is_list(extra) ->
            {:stop, {:supervisor_data, {:invalid_extra_arguments, extra}}}

          true ->
            {:ok,
             %{
               name: if(name == nil, do: self(), else: name),
               module: module,
               args: init_arg,
               intensity: intensity,
               period: period,
               max_children: max_children,
               extra_arguments: extra,
               restarts: [],
               children: %{},
               restarting: %{}
             }}
        end

      :ignore ->
        :ignore

      other ->
        {:stop, {:bad_return, {module, :init, other}}}
    end
  end

  def handle_call(:which_children, _from, state) do
    running =
      for {pid, child} <- :maps.to_list(state.children), do: {:undefined, pid, child.type, child.modules}

    restarting =
      for {_, child} <- :maps.to_list(state.restarting),
          do: {:undefined, :restarting, child.type, child.modules}

    {:reply, running ++ restarting, state}
  end

  def handle_call(:count_children, _from, state) do
    all = :maps.values(state.children) ++ :maps.values(state.restarting)
    sups = Enum.count(all, fn c -> c.type == :supervisor end)

    {:reply,
     %{
       specs: length(all),
       active: map_size(state.children),
       supervisors: sups,
       workers: length(all) - sups
     }, state}
  end

  def handle_call({:start_child, child}, _from, state) do
    if state.max_children != :infinity and
         map_size(state.children) + map_size(state.restarting) >= state.max_children do
      {:reply, {:error, :max_children}, state}
    else
      {m, f, a} = child.start
      child = %{child | start: {m, f, state.extra_arguments ++ a}}

      case Supervisor.Server.start_mfa(child.start) do
        {:ok, pid, info} ->
          state = %{state | children: :maps.put(pid, %{child | pid: pid}, state.children)}
          {:reply, if(info == nil, do: {:ok, pid}, else: {:ok, pid, info}), state}

        :ignore ->
          {:reply, :ignore, state}

        {:error, reason} ->
          {:reply, {:error, reason}, state}
      end
    end
  end

  def handle_call({:terminate_child, pid}, _from, state) do
    case :maps.find(pid, state.children) do
      {:ok, child} ->
        Supervisor.Server.stop_child(child)
        {:reply, :ok, %{state | children: :maps.remove(pid, state.children)}}

      :error ->
        {:reply, {:error, :not_found}, state}
    end
  end

  def handle_call(other, _from, state) do
    :athanor.log_error(["DynamicSupervisor received unexpected call: ", inspect(other)])
    {:reply, :ignore, state}
  end

  def handle_cast({:try_again_restart, key}, state) do
    case :maps.find(key, state.restarting) do
      {:ok, child} -> restart(key, child, %{state | restarting: :maps.remove(key, state.restarting)})
      :error -> {:noreply, state}
    end
  end

  def handle_cast(_, state), do: {:noreply, state}

  def handle_info({:EXIT, pid, reason}, state) do
    case :maps.find(pid, state.children) do
      {:ok, child} ->
        state = %{state | children: :maps.remove(pid, state.children)}
        normal = normal_exit?(reason)

        unless normal do
          :athanor.log_error([
            "Child ",
            inspect(pid),
            " of DynamicSupervisor ",
            inspect(state.name),
            " terminated\n** (exit) ",
            Exception.format_exit(reason)
          ])
        end

        cond do
          child.restart == :permanent -> restart(make_ref(), child, state)
          child.restart == :transient and not normal -> restart(make_ref(), child, state)
          true -> {:noreply, state}
        end

      :error ->
        {:noreply, state}
    end
  end

  def handle_info(msg, state) do
    :athanor.log_error(["DynamicSupervisor received unexpected message: ", inspect(msg)])
    {:noreply, state}
  end

  def terminate(_reason, state) do
    children = :maps.to_list(state.children)

    # stop them all at once, then wait for each
    monitors =
      for {pid, child} <- children do
        mref = :erlang.monitor(:process, pid)

        case child.shutdown do
          :brutal_kill -> :erlang.exit(pid, :kill)
          _ -> :erlang.exit(pid, :shutdown)
        end

        {pid, mref, child}
      end

    for {pid, mref, child} <- monitors do
      wait_down(pid, mref, child.shutdown)
    end

    :ok
  end

  def code_change(_, state, _), do: {:ok, state}

  defp wait_down(pid, mref, :brutal_kill), do: wait_down(pid, mref, :infinity)

  defp wait_down(pid, mref, timeout) do
    receive do
      {:DOWN, ^mref, :process, _, _} -> :erlang.unlink(pid)
    after
      timeout ->
        :erlang.exit(pid, :kill)

        receive do
          {:DOWN, ^mref, :process, _, _} -> :erlang.unlink(pid)
        end
    end
  end

  defp normal_exit?(:normal), do: true
  defp normal_exit?(:shutdown), do: true
  defp normal_exit?({:shutdown, _}), do: true
  defp normal_exit?(_), do: false

  defp restart(key, child, state) do
    now = :erlang.monotonic_time(:second)
    restarts = [now | Enum.filter(state.restarts, fn t -> now - t <= state.period end)]
    state = %{state | restarts: restarts}

    if length(restarts) > state.intensity do
      :athanor.log_error([
        "DynamicSupervisor ",
        inspect(state.name),
        " reached the maximum restart intensity; shutting down"
      ])

      {:stop, :shutdown, state}
    else
      case Supervisor.Server.start_mfa(child.start) do
        {:ok, pid, _} ->
          {:noreply, %{state | children: :maps.put(pid, %{child | pid: pid}, state.children)}}

        :ignore ->
          {:noreply, state}

        {:error, _reason} ->
          GenServer.cast(self(), {:try_again_restart, key})
          {:noreply, %{state | restarting: :maps.put(key, child, state.restarting)}}
      end
    end
  end
end
