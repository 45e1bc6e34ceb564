# Task.Supervisor (Elixir 1.14): a DynamicSupervisor of temporary task processes
# (Task.Supervised). async/async_nolink start the task under the supervisor, then the
# caller monitors it through an alias (and links to it for async) and tells it where to
# send its result, as Task.async does.
defmodule Task.Supervisor do
  def child_spec(options) when is_list(options) do
    id =
      case Keyword.get(options, :name) do
        nil -> Task.Supervisor
        name -> name
      end

    %{id: id, start: {Task.Supervisor, :start_link, [options]}, type: :supervisor}
  end

  def start_link(options \\ []) when is_list(options) do
    {restart, options} = Keyword.pop(options, :restart)
    {shutdown, options} = Keyword.pop(options, :shutdown)
    {sup_opts, start_opts} = Keyword.split(options, [:max_children, :max_seconds, :max_restarts])
    arg = {{restart || :temporary, shutdown || 5000}, sup_opts}
    DynamicSupervisor.start_link(Task.Supervisor, arg, start_opts)
  end

  @doc false
  # the DynamicSupervisor callback
  def init({{_restart, _shutdown} = defaults, options}) do
    :erlang.put(Task.Supervisor, defaults)
    DynamicSupervisor.init([strategy: :one_for_one] ++ options)
  end

  # ---- async ----

  def async(supervisor, fun, options \\ []) when is_function(fun, 0) do
    async(supervisor, :erlang, :apply, [fun, []], options)
  end

  def async(supervisor, module, fun, args, options \\ []) do
    async_task(supervisor, :link, {module, fun, args}, options)
  end

  def async_nolink(supervisor, fun, options \\ []) when is_function(fun, 0) do
    async_nolink(supervisor, :erlang, :apply, [fun, []], options)
  end

  def async_nolink(supervisor, module, fun, args, options \\ []) do
    async_task(supervisor, :nolink, {module, fun, args}, options)
  end

  defp async_task(supervisor, link, {m, f, a} = mfa, options) do
    owner = self()
    shutdown = Keyword.get(options, :shutdown, 5000)
    pid = start_reply_child(supervisor, owner, mfa, shutdown)
    if link == :link, do: :erlang.link(pid)
    ref = :erlang.monitor(:process, pid, [{:alias, :demonitor}])
    send(pid, {owner, ref, ref})
    %Task{pid: pid, ref: ref, owner: owner, mfa: {m, f, length(a)}}
  end

  @doc false
  def start_reply_child(supervisor, owner, mfa, shutdown \\ 5000) do
    case start_reply_child_result(supervisor, owner, mfa, shutdown) do
      {:ok, pid} -> pid
      {:error, :max_children} -> exit({:max_children, {Task.Supervisor, :async, [supervisor]}})
      other -> exit({other, {Task.Supervisor, :async, [supervisor]}})
    end
  end

  @doc false
  # DynamicSupervisor.start_child's result ({:ok, pid}, {:error, :max_children}, ...).
  def start_reply_child_result(supervisor, owner, mfa, shutdown \\ 5000) do
    args = [owner, Task.callers(owner), Task.ancestors(owner), :reply, mfa]

    spec = %{
      id: Task.Supervised,
      start: {Task.Supervised, :start_link, args},
      restart: :temporary,
      shutdown: shutdown
    }

    DynamicSupervisor.start_child(supervisor, spec)
  end

  # ---- start_child ----

  def start_child(supervisor, fun, options \\ []) when is_function(fun, 0) do
    start_child(supervisor, :erlang, :apply, [fun, []], options)
  end

  def start_child(supervisor, module, fun, args, options \\ []) do
    restart = Keyword.get(options, :restart, :temporary)
    shutdown = Keyword.get(options, :shutdown, 5000)
    owner = self()

    spec = %{
      id: Task.Supervised,
      start:
        {Task.Supervised, :start_link,
         [owner, Task.callers(owner), Task.ancestors(owner), {module, fun, args}]},
      restart: restart,
      shutdown: shutdown
    }

    DynamicSupervisor.start_child(supervisor, spec)
  end

  # ---- streams ----

  def async_stream(supervisor, enumerable, fun, options \\ []) when is_function(fun, 1) do
    Task.Supervised.stream(enumerable, {:fun, fun}, options, :link, supervisor)
  end

  def async_stream(supervisor, enumerable, module, function, args, options \\ [])
      when is_atom(module) and is_atom(function) and is_list(args) do
    Task.Supervised.stream(enumerable, {:mfa, module, function, args}, options, :link, supervisor)
  end

  def async_stream_nolink(supervisor, enumerable, fun, options \\ []) when is_function(fun, 1) do
    Task.Supervised.stream(enumerable, {:fun, fun}, options, :nolink, supervisor)
  end

  def async_stream_nolink(supervisor, enumerable, module, function, args, options \\ [])
      when is_atom(module) and is_atom(function) and is_list(args) do
    Task.Supervised.stream(enumerable, {:mfa, module, function, args}, options, :nolink, supervisor)
  end

  # ---- children ----

  def children(supervisor) do
    for {_, pid, _, _} <- DynamicSupervisor.which_children(supervisor), is_pid(pid), do: pid
  end

  def terminate_child(supervisor, pid) when is_pid(pid) do
    DynamicSupervisor.terminate_child(supervisor, pid)
  end
end
