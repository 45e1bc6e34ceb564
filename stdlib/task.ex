# Task (Elixir 1.14). An async task is linked to its owner and monitored by it with a
# monitor that is also a process alias (bif/Aliases.h): the task sends {ref, result} to
# the alias, so once the owner stops waiting (await timeout, shutdown, ignore) a late
# result is dropped instead of reaching its mailbox. Exit reasons are Elixir's: a task
# that raises dies with {exception, stacktrace}, which await turns into the caller's exit
# {reason, {Task, :await, [task, timeout]}}.
defmodule Task do
  defstruct mfa: nil, owner: nil, pid: nil, ref: nil

  def child_spec(arg) do
    %{id: Task, start: {Task, :start_link, [arg]}, restart: :temporary}
  end

  # ---- starting ----

  def async(fun) when is_function(fun, 0), do: async(:erlang, :apply, [fun, []])

  def async(module, function_name, args)
      when is_atom(module) and is_atom(function_name) and is_list(args) do
    owner = self()
    mfa = {module, function_name, args}
    callers = callers(owner)
    ancestors = ancestors(owner)
    pid = :erlang.spawn_link(fn -> Task.Supervised.reply(owner, callers, ancestors, mfa) end)
    ref = :erlang.monitor(:process, pid, [{:alias, :demonitor}])
    send(pid, {owner, ref, ref})
    %Task{pid: pid, ref: ref, owner: owner, mfa: {module, function_name, length(args)}}
  end

  def completed(result) do
    ref = make_ref()
    send(self(), {ref, result})
    %Task{pid: nil, ref: ref, owner: self(), mfa: {Task, :completed, 1}}
  end

  def start(fun) when is_function(fun, 0), do: start(:erlang, :apply, [fun, []])

  def start(module, function_name, args)
      when is_atom(module) and is_atom(function_name) and is_list(args) do
    owner = self()
    mfa = {module, function_name, args}
    callers = callers(owner)
    ancestors = ancestors(owner)
    {:ok, :erlang.spawn(fn -> Task.Supervised.noreply(owner, callers, ancestors, mfa) end)}
  end

  def start_link(fun) when is_function(fun, 0), do: start_link(:erlang, :apply, [fun, []])

  def start_link(module, function_name, args)
      when is_atom(module) and is_atom(function_name) and is_list(args) do
    owner = self()
    mfa = {module, function_name, args}
    callers = callers(owner)
    ancestors = ancestors(owner)
    {:ok, :erlang.spawn_link(fn -> Task.Supervised.noreply(owner, callers, ancestors, mfa) end)}
  end

  @doc false
  def callers(owner) do
    case :erlang.get(:"$callers") do
      list when is_list(list) -> [owner | list]
      _ -> [owner]
    end
  end

  @doc false
  def ancestors(owner) do
    case :erlang.get(:"$ancestors") do
      list when is_list(list) -> [owner | list]
      _ -> [owner]
    end
  end

  # ---- awaiting ----

  def await(%Task{ref: ref, owner: owner} = task, timeout \\ 5000) do
    check_owner(task, owner)

    receive do
      {^ref, reply} ->
        demonitor_replied(ref)
        reply

      {:DOWN, ^ref, _, proc, reason} ->
        exit({reason(reason, proc), {Task, :await, [task, timeout]}})
    after
      timeout ->
        demonitor(ref)
        exit({:timeout, {Task, :await, [task, timeout]}})
    end
  end

  def await_many(tasks, timeout \\ 5000) when is_list(tasks) do
    awaiting =
      Enum.reduce(tasks, %{}, fn %Task{ref: ref, owner: owner} = task, acc ->
        check_owner(task, owner)
        :maps.put(ref, true, acc)
      end)

    timeout_ref = make_ref()

    timer_ref =
      if timeout != :infinity do
        :erlang.send_after(timeout, self(), timeout_ref)
      end

    try do
      await_many(tasks, timeout, awaiting, %{}, timeout_ref)
    after
      if timer_ref, do: :erlang.cancel_timer(timer_ref)

      receive do
        ^timeout_ref -> :ok
      after
        0 -> :ok
      end
    end
  end

  defp await_many(tasks, _timeout, awaiting, replies, _timeout_ref)
       when map_size(awaiting) == 0 do
    for %Task{ref: ref} <- tasks, do: :maps.get(ref, replies)
  end

  defp await_many(tasks, timeout, awaiting, replies, timeout_ref) do
    receive do
      ^timeout_ref ->
        demonitor_pending(awaiting)
        exit({:timeout, {Task, :await_many, [tasks, timeout]}})

      {:DOWN, ref, _, proc, reason} when is_map_key(awaiting, ref) ->
        demonitor_pending(awaiting)
        exit({reason(reason, proc), {Task, :await_many, [tasks, timeout]}})

      {ref, reply} when is_map_key(awaiting, ref) ->
        demonitor_replied(ref)

        await_many(
          tasks,
          timeout,
          :maps.remove(ref, awaiting),
          :maps.put(ref, reply, replies),
          timeout_ref
        )
    end
  end

  defp demonitor_pending(awaiting) do
    Enum.each(:maps.keys(awaiting), &demonitor/1)
  end

  def yield(%Task{ref: ref, owner: owner} = task, timeout \\ 5000) do
    check_owner(task, owner)

    receive do
      {^ref, reply} ->
        demonitor_replied(ref)
        {:ok, reply}

      {:DOWN, ^ref, _, proc, reason} ->
        {:exit, reason(reason, proc)}
    after
      timeout -> nil
    end
  end

  def yield_many(tasks, timeout \\ 5000) when is_list(tasks) do
    timeout_ref = make_ref()

    timer_ref =
      if timeout != :infinity do
        :erlang.send_after(timeout, self(), timeout_ref)
      end

    try do
      yield_many(tasks, timeout_ref, :infinity)
    after
      if timer_ref, do: :erlang.cancel_timer(timer_ref)

      receive do
        ^timeout_ref -> :ok
      after
        0 -> :ok
      end
    end
  end

  defp yield_many([%Task{ref: ref, owner: owner} = task | rest], timeout_ref, timeout) do
    check_owner(task, owner)

    receive do
      {^ref, reply} ->
        demonitor_replied(ref)
        [{task, {:ok, reply}} | yield_many(rest, timeout_ref, timeout)]

      {:DOWN, ^ref, _, proc, reason} ->
        [{task, {:exit, reason(reason, proc)}} | yield_many(rest, timeout_ref, timeout)]

      ^timeout_ref ->
        [{task, nil} | yield_many(rest, timeout_ref, 0)]
    after
      timeout -> [{task, nil} | yield_many(rest, timeout_ref, 0)]
    end
  end

  defp yield_many([], _timeout_ref, _timeout), do: []

  def ignore(%Task{ref: ref, pid: pid, owner: owner} = task) do
    check_owner(task, owner)

    receive do
      {^ref, reply} ->
        :erlang.unlink(pid)
        demonitor_replied(ref)
        {:ok, reply}

      {:DOWN, ^ref, _, proc, reason} ->
        {:exit, reason(reason, proc)}
    after
      0 ->
        :erlang.unlink(pid)
        demonitor(ref)
        nil
    end
  end

  def shutdown(task, shutdown \\ 5000)

  def shutdown(%Task{pid: nil} = task, _) do
    raise ArgumentError, "task #{inspect(task)} does not have an associated task process"
  end

  def shutdown(%Task{owner: owner} = task, _) when owner != self() do
    raise ArgumentError, invalid_owner_error(task)
  end

  def shutdown(%Task{pid: pid} = task, :brutal_kill) do
    mon = :erlang.monitor(:process, pid)
    :erlang.unlink(pid)
    :erlang.exit(pid, :kill)

    case shutdown_receive(task, mon, :brutal_kill, :infinity) do
      {:down, _proc, reason} -> {:exit, reason}
      result -> result
    end
  end

  def shutdown(%Task{pid: pid} = task, timeout) do
    mon = :erlang.monitor(:process, pid)
    :erlang.unlink(pid)
    :erlang.exit(pid, :shutdown)

    case shutdown_receive(task, mon, :shutdown, timeout) do
      {:down, _proc, reason} -> {:exit, reason}
      result -> result
    end
  end

  defp shutdown_receive(%Task{ref: ref} = task, mon, type, timeout) do
    receive do
      {:DOWN, ^mon, _, _, :shutdown} when type == :shutdown or type == :timeout_kill ->
        demonitor(ref)
        flush_reply(ref)

      {:DOWN, ^mon, _, _, :killed} when type == :brutal_kill ->
        demonitor(ref)
        flush_reply(ref)

      {:DOWN, ^mon, _, proc, :noproc} ->
        reason = flush_noproc(ref, proc, type)
        flush_reply(ref) || reason

      {:DOWN, ^mon, _, proc, reason} ->
        demonitor(ref)
        flush_reply(ref) || {:down, proc, reason}
    after
      timeout ->
        :erlang.exit(task.pid, :kill)
        shutdown_receive(task, mon, :timeout_kill, :infinity)
    end
  end

  defp flush_reply(ref) do
    receive do
      {^ref, reply} -> {:ok, reply}
    after
      0 -> nil
    end
  end

  defp flush_noproc(ref, proc, type) do
    receive do
      {:DOWN, ^ref, _, _, :shutdown} when type == :shutdown or type == :timeout_kill -> nil
      {:DOWN, ^ref, _, _, :killed} when type == :brutal_kill -> nil
      {:DOWN, ^ref, _, _, reason} -> {:down, proc, reason}
    after
      0 ->
        demonitor(ref)
        {:down, proc, :noproc}
    end
  end

  # ---- async_stream (a lazy stream: stdlib/task_stream.ex) ----

  def async_stream(enumerable, fun, options \\ [])

  def async_stream(enumerable, fun, options) when is_function(fun, 1) and is_list(options) do
    Task.Supervised.stream(enumerable, {:fun, fun}, options, :link, nil)
  end

  def async_stream(enumerable, module, function_name, args, options \\ [])
      when is_atom(module) and is_atom(function_name) and is_list(args) and is_list(options) do
    Task.Supervised.stream(enumerable, {:mfa, module, function_name, args}, options, :link, nil)
  end

  # ---- helpers ----

  defp check_owner(task, owner) do
    if owner != self() do
      raise ArgumentError, invalid_owner_error(task)
    end
  end

  defp invalid_owner_error(task) do
    "task #{inspect(task)} must be queried from the owner but was queried from #{inspect(self())}"
  end

  defp reason(:noconnection, proc), do: {:nodedown, :erlang.node(proc)}
  defp reason(reason, _), do: reason

  # After the task's reply was received: a task replies once, and the alias ends with the
  # monitor, so there is no other reply to flush (Elixir's demonitor/1 scans the mailbox
  # for one anyway, which costs a mailbox scan per awaited task).
  defp demonitor_replied(ref) do
    :erlang.demonitor(ref, [:flush])
    :ok
  end

  defp demonitor(ref) when is_reference(ref) do
    :erlang.demonitor(ref, [:flush])

    receive do
      {^ref, _} -> :ok
    after
      0 -> :ok
    end
  end
end

# The processes behind tasks (Task, Task.Supervisor) and async_stream.
defmodule Task.Supervised do
  @moduledoc false

  # ---- child start functions (Task.Supervisor children) ----

  def start_link(owner, callers, ancestors, mfa) do
    {:ok, :erlang.spawn_link(fn -> noreply(owner, callers, ancestors, mfa) end)}
  end

  def start_link(owner, callers, ancestors, :reply, mfa) do
    {:ok, :erlang.spawn_link(fn -> reply(owner, callers, ancestors, mfa) end)}
  end

  # ---- task bodies ----

  def reply(owner, callers, ancestors, mfa) do
    setup(callers, ancestors, mfa)

    receive do
      {^owner, ref, reply_to} ->
        :erlang.send(reply_to, {ref, invoke(mfa)})
    end

    :ok
  end

  def noreply(_owner, callers, ancestors, mfa) do
    setup(callers, ancestors, mfa)
    invoke(mfa)
    :ok
  end

  defp setup(callers, ancestors, mfa) do
    :erlang.put(:"$callers", callers)
    :erlang.put(:"$ancestors", ancestors)
    :erlang.put(:"$initial_call", initial_call(mfa))
  end

  defp initial_call({:erlang, :apply, [fun, []]}) when is_function(fun) do
    {:module, m} = :erlang.fun_info(fun, :module)
    {:name, f} = :erlang.fun_info(fun, :name)
    {:arity, a} = :erlang.fun_info(fun, :arity)
    {m, f, a}
  end

  defp initial_call({m, f, a}), do: {m, f, length(a)}

  @doc false
  def invoke({:erlang, :apply, [fun, []]}) when is_function(fun, 0), do: fun.()
  def invoke({m, f, a}), do: apply(m, f, a)

  # ---- async_stream ----

  @doc false
  def stream(enumerable, fun, options, link, sup),
    do: Task.Supervised.Stream.build(enumerable, fun, options, link, sup)
end
