# Task.async_stream and Task.Supervisor.async_stream(_nolink): a lazy stream, as in
# Elixir 1.14. The caller pulls inputs one at a time, keeps at most max_concurrency tasks
# running, and emits each result as soon as it may (in input order unless ordered: false),
# so side effects of the input, of the tasks and of the consumer interleave as on the
# BEAM, and infinite inputs work.
#
# A helper process (the "monitor", linked to and monitored by the caller, trapping exits
# when the caller does) starts the tasks, which are linked to it rather than to the
# caller, watches them, enforces the timeout and reports each end to the caller:
#
#   caller -> monitor: {:spawn, pos, input} | {:stop, mref}
#   monitor -> caller: {:spawned, {mref, pos}, pid} | {:down | :timed_out, {mref, pos}, reason}
#                      | {:max_children, mref}
#   task -> caller:    {{mref, pos}, result}
#
# So a trapping caller sees a crashed task as {:exit, reason} and gets no EXIT messages
# from the tasks; a caller that does not trap dies with the task's reason.
defmodule Task.Supervised.Stream do
  @moduledoc false

  # fun: {:fun, f} | {:mfa, m, f, a}; link: :link | :nolink; sup: a Task.Supervisor or nil.
  def build(enumerable, fun, options, link, sup) do
    max = Keyword.get(options, :max_concurrency, System.schedulers_online())

    unless is_integer(max) and max > 0 do
      raise ArgumentError, ":max_concurrency must be an integer greater than zero"
    end

    config = %{
      fun: fun,
      link: link,
      sup: sup,
      max: max,
      ordered: Keyword.get(options, :ordered, true),
      timeout: Keyword.get(options, :timeout, 5000),
      on_timeout: Keyword.get(options, :on_timeout, :exit),
      zip: Keyword.get(options, :zip_input_on_exit, false)
    }

    Stream.resource(fn -> start(enumerable, config) end, &next/1, &close/1)
  end

  # ---- the caller's side ----

  defp start(enumerable, config) do
    parent = self()
    {:trap_exit, trap?} = :erlang.process_info(parent, :trap_exit)
    callers = :erlang.get(:"$callers")
    ancestors = :erlang.get(:"$ancestors")

    {pid, mref} =
      :erlang.spawn_opt(
        fn -> monitor_start(parent, trap?, callers, ancestors, config) end,
        [:link, :monitor]
      )

    send(pid, {parent, mref})

    %{
      input: Stream.__iter__(enumerable),
      free: config.max,
      spawned: 0,
      delivered: 0,
      # pos => {task pid, :running | {:ok, reply} | {:done, result}, input}
      waiting: %{},
      # unordered: finished results not yet emitted, oldest first
      ready: [],
      pid: pid,
      mref: mref,
      config: config
    }
  end

  # Emit what may be emitted, else start a task while there is room, else wait.
  defp next(state) do
    case deliverable(state) do
      {:ok, result, state} ->
        {[result], state}

      :none ->
        cond do
          state.free > 0 and state.input != :done ->
            case state.input.(:next) do
              {:ok, value, it} -> next(spawn_task(value, %{state | input: it}))
              :done -> next(%{state | input: :done})
            end

          state.input == :done and state.spawned == state.delivered ->
            {:halt, state}

          true ->
            next(await_event(state))
        end
    end
  end

  defp deliverable(%{config: %{ordered: true}, delivered: d, waiting: waiting} = state) do
    case waiting do
      %{^d => {_, {:done, result}, _}} ->
        {:ok, result, %{state | delivered: d + 1, waiting: Map.delete(waiting, d)}}

      _ ->
        :none
    end
  end

  defp deliverable(%{ready: [result | rest]} = state),
    do: {:ok, result, %{state | ready: rest, delivered: state.delivered + 1}}

  defp deliverable(_state), do: :none

  defp spawn_task(value, %{pid: pid, mref: mref, spawned: pos} = state) do
    send(pid, {:spawn, pos, value})

    receive do
      {:spawned, {^mref, ^pos}, task} ->
        send(task, {self(), {mref, pos}, self()})
        waiting = Map.put(state.waiting, pos, {task, :running, value})
        %{state | waiting: waiting, spawned: pos + 1, free: state.free - 1}

      {:max_children, ^mref} ->
        close(state)

        raise "reached the maximum number of tasks for this task supervisor. The maximum " <>
                "number of tasks that are allowed to run at the same time under this " <>
                "supervisor can be configured with the :max_children option passed to " <>
                "Task.Supervisor.start_link/1. When using async_stream or " <>
                "async_stream_nolink, make sure to configure :max_concurrency to be lower " <>
                "or equal to :max_children and pay attention to whether other tasks are " <>
                "also spawned under the same task supervisor."

      {:DOWN, ^mref, _, _, reason} ->
        monitor_died(state, reason)
    end
  end

  defp await_event(%{mref: mref, waiting: waiting, config: config} = state) do
    receive do
      {{^mref, pos}, reply} ->
        {task, :running, value} = Map.fetch!(waiting, pos)
        %{state | waiting: Map.put(waiting, pos, {task, {:ok, reply}, value})}

      {kind, {^mref, pos}, reason} when kind in [:down, :timed_out] ->
        {task, status, value} = Map.fetch!(waiting, pos)

        result =
          case status do
            {:ok, _} = ok ->
              ok

            :running when kind == :down ->
              {:exit, zip(config, value, reason)}

            :running ->
              if config.on_timeout == :exit do
                cleanup_inbox(state)
                exit({:timeout, {Task.Supervised, :stream, [config.timeout]}})
              end

              {:exit, zip(config, value, :timeout)}
          end

        state = %{state | free: state.free + 1}

        if config.ordered do
          %{state | waiting: Map.put(waiting, pos, {task, {:done, result}, value})}
        else
          %{state | waiting: Map.delete(waiting, pos), ready: state.ready ++ [result]}
        end

      {:DOWN, ^mref, _, _, reason} ->
        monitor_died(state, reason)
    end
  end

  defp zip(%{zip: true}, value, reason), do: {value, reason}
  defp zip(_config, _value, reason), do: reason

  defp monitor_died(state, reason) do
    cleanup_inbox(state)
    exit({reason, {Task.Supervised, :stream, [state.config.timeout]}})
  end

  # The end of the enumeration, early or not: the monitor kills what still runs.
  defp close(%{pid: pid, mref: mref} = state) do
    if is_function(state.input), do: state.input.(:close)
    send(pid, {:stop, mref})

    receive do
      {:DOWN, ^mref, _, _, :normal} -> cleanup_inbox(state)
      {:DOWN, ^mref, _, _, reason} -> monitor_died(state, reason)
    end

    :ok
  end

  defp cleanup_inbox(%{pid: pid, mref: mref}) do
    receive do
      {:EXIT, ^pid, _} -> :ok
    after
      0 -> :ok
    end

    drop_stream_messages(mref)
  end

  defp drop_stream_messages(mref) do
    receive do
      {{^mref, _}, _} -> drop_stream_messages(mref)
      {kind, {^mref, _}, _} when kind in [:down, :timed_out] -> drop_stream_messages(mref)
    after
      0 -> :ok
    end
  end

  # ---- the monitor process ----

  defp monitor_start(parent, trap?, callers, ancestors, config) do
    :erlang.process_flag(:trap_exit, trap?)
    # Tasks see the caller's callers and ancestors (Task.callers/1 reads these).
    if callers, do: :erlang.put(:"$callers", callers)
    if ancestors, do: :erlang.put(:"$ancestors", ancestors)
    parent_ref = :erlang.monitor(:process, parent)

    receive do
      {^parent, mref} ->
        monitor_loop(%{}, %{parent: parent, parent_ref: parent_ref, mref: mref, config: config})

      {:DOWN, ^parent_ref, _, _, reason} ->
        exit(reason)
    end
  end

  # running: task monitor ref => {pos, link type, pid, timer, timed out?}
  defp monitor_loop(running, %{parent: parent, parent_ref: parent_ref, mref: mref} = st) do
    receive do
      {:spawn, pos, value} ->
        case start_task(value, st) do
          {:ok, type, pid} ->
            ref = :erlang.monitor(:process, pid)

            timer =
              case st.config.timeout do
                :infinity -> nil
                t -> :erlang.send_after(t, self(), {:timeout, {mref, ref}})
              end

            send(parent, {:spawned, {mref, pos}, pid})
            monitor_loop(Map.put(running, ref, {pos, type, pid, timer, false}), st)

          {:error, :max_children} ->
            send(parent, {:max_children, mref})
            wait_for_stop(running, st)
        end

      {:DOWN, ^parent_ref, _, _, reason} ->
        parent_down(running, reason)

      {:DOWN, ref, _, _, reason} when is_map_key(running, ref) ->
        {{pos, _type, _pid, timer, timed_out?}, running} = Map.pop(running, ref)
        if timer, do: :erlang.cancel_timer(timer)
        send(parent, {if(timed_out?, do: :timed_out, else: :down), {mref, pos}, reason})
        monitor_loop(running, st)

      {:timeout, {^mref, ref}} ->
        case running do
          %{^ref => {pos, type, pid, timer, false}} ->
            :erlang.unlink(pid)
            :erlang.exit(pid, :kill)
            monitor_loop(Map.put(running, ref, {pos, type, pid, timer, true}), st)

          _ ->
            monitor_loop(running, st)
        end

      {:stop, ^mref} ->
        stop(running)

      _other ->
        monitor_loop(running, st)
    end
  end

  defp wait_for_stop(running, %{parent_ref: parent_ref, mref: mref} = st) do
    receive do
      {:stop, ^mref} -> stop(running)
      {:DOWN, ^parent_ref, _, _, reason} -> parent_down(running, reason)
      _other -> wait_for_stop(running, st)
    end
  end

  defp stop(running) do
    :erlang.process_flag(:trap_exit, true)
    Enum.each(running, fn {_ref, {_, _, pid, _, _}} -> :erlang.exit(pid, :kill) end)

    Enum.each(running, fn {ref, _} ->
      receive do
        {:DOWN, ^ref, _, _, _} -> :ok
      end
    end)

    exit(:normal)
  end

  defp parent_down(running, reason) do
    Enum.each(running, fn
      {_ref, {_, :link, pid, _, _}} -> :erlang.exit(pid, reason)
      _ -> :ok
    end)

    exit(reason)
  end

  defp start_task(value, %{parent: parent, config: config}) do
    mfa =
      case config.fun do
        {:fun, fun} -> {:erlang, :apply, [fn -> fun.(value) end, []]}
        {:mfa, m, f, a} -> {m, f, [value | a]}
      end

    case config.sup do
      nil ->
        callers = Task.callers(parent)
        ancestors = Task.ancestors(parent)
        body = fn -> Task.Supervised.reply(parent, callers, ancestors, mfa) end

        case config.link do
          :link -> {:ok, :link, :erlang.spawn_link(body)}
          :nolink -> {:ok, :nolink, :erlang.spawn(body)}
        end

      sup ->
        case Task.Supervisor.start_reply_child_result(sup, parent, mfa) do
          {:ok, pid} ->
            if config.link == :link, do: :erlang.link(pid)
            {:ok, config.link, pid}

          {:error, :max_children} = error ->
            error

          other ->
            exit({other, {Task.Supervisor, :async_stream, [sup]}})
        end
    end
  end
end
