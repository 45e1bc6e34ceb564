# Process: conveniences over the process BIFs, returning nil where Erlang returns
# :undefined, as Elixir does.
defmodule Process do
  def alive?(pid) when is_pid(pid), do: :erlang.is_process_alive(pid)

  def sleep(timeout) when timeout == :infinity or (is_integer(timeout) and timeout >= 0) do
    receive do
    after
      timeout -> :ok
    end
  end

  def send(dest, msg, options) when is_list(options) do
    :erlang.send(dest, msg)
    :ok
  end

  def send_after(dest, msg, time, opts \\ []) when is_integer(time) and time >= 0 do
    case opts do
      [] -> :erlang.send_after(time, dest, msg)
      _ -> :erlang.send_after(time, dest, msg, opts)
    end
  end

  def cancel_timer(timer_ref, options \\ []) do
    case options do
      [] -> :erlang.cancel_timer(timer_ref)
      _ -> :erlang.cancel_timer(timer_ref, options)
    end
  end

  def read_timer(timer_ref), do: :erlang.read_timer(timer_ref)

  def whereis(name) do
    case :erlang.whereis(name) do
      :undefined -> nil
      pid -> pid
    end
  end

  def register(pid_or_port, name)
      when is_atom(name) and name != nil and name != false and name != true and
             name != :undefined do
    cond do
      :erlang.whereis(name) != :undefined ->
        raise_register(pid_or_port, name)

      is_pid(pid_or_port) and not :erlang.is_process_alive(pid_or_port) ->
        raise_register(pid_or_port, name)

      true ->
        :erlang.register(name, pid_or_port)
    end
  end

  defp raise_register(pid_or_port, name) do
    raise ArgumentError,
          "could not register #{inspect(pid_or_port)} with name #{inspect(name)} because it " <>
            "is not alive, the name is already taken, or it has already been given another name"
  end

  def unregister(name), do: :erlang.unregister(name)
  def registered(), do: :erlang.registered()

  def monitor(item), do: :erlang.monitor(:process, item)
  def demonitor(monitor_ref, options \\ []), do: :erlang.demonitor(monitor_ref, options)

  def link(pid_or_port), do: :erlang.link(pid_or_port)
  def unlink(pid_or_port), do: :erlang.unlink(pid_or_port)

  def exit(pid, reason), do: :erlang.exit(pid, reason)

  def flag(flag, value), do: :erlang.process_flag(flag, value)

  def list(), do: :erlang.processes()

  def spawn(fun, opts) when is_function(fun, 0) and is_list(opts), do: :erlang.spawn_opt(fun, opts)

  def spawn(mod, fun, args, opts) when is_atom(mod) and is_atom(fun) and is_list(args),
    do: :erlang.spawn_opt(mod, fun, args, opts)

  def group_leader() do
    {:group_leader, leader} = :erlang.process_info(self(), :group_leader)
    leader
  end

  # info/1: the items of the BEAM's process_info/1, in its order; :registered_name comes
  # first and only when the process has a name. The memory-related figures are Athanor's.
  def info(pid) when is_pid(pid) do
    items = [:registered_name, :current_function, :initial_call, :status, :message_queue_len,
             :links, :dictionary, :trap_exit, :priority, :group_leader, :total_heap_size,
             :heap_size, :reductions]

    case :erlang.process_info(pid, items) do
      :undefined ->
        nil

      [{:registered_name, name} | rest] ->
        {before, [priority | later]} = Enum.split(rest, 7)
        {heaps, [reductions]} = Enum.split(later, 3)

        info =
          before ++
            [{:error_handler, :error_handler}, priority] ++
            heaps ++
            [{:stack_size, 0}, reductions,
             {:garbage_collection,
              [max_heap_size: %{error_logger: true, kill: true, size: 0},
               min_bin_vheap_size: 46422, min_heap_size: 233, fullsweep_after: 65535,
               minor_gcs: 0]},
             {:suspending, []}]

        if name == [], do: info, else: [{:registered_name, name} | info]
    end
  end

  def info(pid, :registered_name) do
    case :erlang.process_info(pid, :registered_name) do
      :undefined -> nil
      [] -> {:registered_name, []}
      other -> other
    end
  end

  def info(pid, spec) when is_atom(spec) or is_list(spec) do
    case :erlang.process_info(pid, spec) do
      :undefined -> nil
      other -> other
    end
  end

  # ---- the process dictionary ----

  def get(), do: :erlang.get()

  def get(key, default \\ nil) do
    case :erlang.get(key) do
      :undefined -> default
      value -> value
    end
  end

  def get_keys(), do: Enum.map(:erlang.get(), fn {k, _} -> k end)

  def get_keys(value) do
    for {k, v} <- :erlang.get(), v === value, do: k
  end

  def put(key, value) do
    case :erlang.put(key, value) do
      :undefined -> nil
      old -> old
    end
  end

  def delete(key) do
    case :erlang.erase(key) do
      :undefined -> nil
      old -> old
    end
  end
end
