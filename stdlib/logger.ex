# Logger: a minimal console logger. In Elixir these are macros behind `require Logger`; here
# they are functions that write "[level] message" lines to standard error. The level
# threshold (Logger.configure(level: ...)) is kept in the calling process's dictionary.
defmodule Logger do
  @levels [:emergency, :alert, :critical, :error, :warning, :notice, :info, :debug]

  def emergency(message, metadata \\ []), do: log(:emergency, message, metadata)
  def alert(message, metadata \\ []), do: log(:alert, message, metadata)
  def critical(message, metadata \\ []), do: log(:critical, message, metadata)
  def error(message, metadata \\ []), do: log(:error, message, metadata)
  def warning(message, metadata \\ []), do: log(:warning, message, metadata)
  def warn(message, metadata \\ []), do: log(:warning, message, metadata)
  def notice(message, metadata \\ []), do: log(:notice, message, metadata)
  def info(message, metadata \\ []), do: log(:info, message, metadata)
  def debug(message, metadata \\ []), do: log(:debug, message, metadata)

  def log(level, message, metadata \\ [])

  def log(:warn, message, metadata), do: log(:warning, message, metadata)

  def log(level, message, _metadata) when is_atom(level) do
    if enabled_level?(level) do
      text =
        case message do
          fun when is_function(fun, 0) -> fun.()
          other -> other
        end

      text =
        case text do
          {chardata, _metadata} -> chardata
          chardata -> chardata
        end

      :athanor.put_chars(:stderr, ["[", :erlang.atom_to_binary(level), "] ", to_chardata(text), ?\n])
    end

    :ok
  end

  def bare_log(level, message, metadata \\ []), do: log(level, message, metadata)

  defp to_chardata(text) when is_binary(text) or is_list(text), do: text
  defp to_chardata(other), do: to_string(other)

  def level() do
    case :erlang.get(:__athanor_logger_level__) do
      :undefined -> :debug
      level -> level
    end
  end

  def configure(options) when is_list(options) do
    case Keyword.fetch(options, :level) do
      {:ok, level} -> :erlang.put(:__athanor_logger_level__, normalize_level(level))
      :error -> :ok
    end

    :ok
  end

  def configure_backend(_backend, _options), do: :ok
  def add_backend(_backend, _opts \\ []), do: {:ok, self()}
  def remove_backend(_backend, _opts \\ []), do: :ok
  def flush(), do: :ok
  def metadata(), do: []
  def metadata(_keyword), do: :ok
  def reset_metadata(_keyword \\ []), do: :ok

  def enabled?(_pid), do: true
  def put_module_level(_module, _level), do: :ok
  def get_module_level(_modules), do: []
  def delete_module_level(_module), do: :ok
  def delete_all_module_levels(), do: :ok
  def put_application_level(_application, _level), do: :ok
  def delete_application_level(_application), do: :ok
  def put_process_level(_pid, _level), do: :ok
  def get_process_level(_pid), do: nil
  def delete_process_level(_pid), do: :ok
  def add_translator(_translator), do: :ok
  def remove_translator(_translator), do: :ok

  def enable(_pid), do: :ok
  def disable(_pid), do: :ok

  def compare_levels(level, level), do: :eq

  def compare_levels(left, right) do
    if level_index(normalize_level(left)) < level_index(normalize_level(right)),
      do: :gt,
      else: :lt
  end

  defp normalize_level(:warn), do: :warning
  defp normalize_level(level), do: level

  defp enabled_level?(level) do
    case level() do
      :none -> false
      :all -> true
      threshold -> level_index(level) <= level_index(threshold)
    end
  end

  defp level_index(level), do: index_of(@levels, level, 0)

  defp index_of([level | _], level, i), do: i
  defp index_of([_ | t], level, i), do: index_of(t, level, i + 1)
  defp index_of([], _level, i), do: i
end
