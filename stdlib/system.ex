# System: the program's arguments and environment, time, and halting.
defmodule System do
  @stop_delay_ms 1000

  def argv(), do: :athanor.argv()

  def version(), do: "1.14.0"

  def otp_release(), do: :erlang.list_to_binary(:erlang.system_info(:otp_release))

  def endianness(), do: :little
  def compiled_endianness(), do: :little

  def schedulers(), do: :erlang.system_info(:schedulers)
  def schedulers_online(), do: :erlang.system_info(:schedulers_online)

  def halt(status \\ 0)
  def halt(status) when is_integer(status) and status >= 0, do: :erlang.halt(status)
  def halt(:abort), do: :erlang.halt(:abort)
  def halt(status) when is_binary(status), do: :erlang.halt(String.to_charlist(status))

  # Elixir stops asynchronously (init:stop/1 shuts the applications down, which takes
  # about a second): the script goes on meanwhile, and the program ends with `status`
  # when the script ends or when the stop completes, whichever comes first.
  def stop(status \\ 0)

  def stop(status) when is_integer(status) and status >= 0 do
    :athanor.set_stop_status(status)
    :erlang.spawn(fn -> :timer.sleep(@stop_delay_ms); :erlang.halt(status) end)
    :ok
  end

  def stop(status), do: halt(status)

  # ---- environment ----

  def get_env(varname, default \\ nil) when is_binary(varname) do
    case :athanor.getenv(varname) do
      value when is_binary(value) -> value
      _ -> default
    end
  end

  def fetch_env(varname) when is_binary(varname) do
    case :athanor.getenv(varname) do
      value when is_binary(value) -> {:ok, value}
      _ -> :error
    end
  end

  def fetch_env!(varname) when is_binary(varname) do
    case :athanor.getenv(varname) do
      value when is_binary(value) -> value
      _ -> raise System.EnvError, env: varname
    end
  end

  def user_home(), do: get_env("HOME")

  def user_home!() do
    user_home() ||
      raise RuntimeError, "could not find the user home, please set the HOME environment variable"
  end

  def tmp_dir() do
    get_env("TMPDIR") || get_env("TEMP") || get_env("TMP") || "/tmp"
  end

  def tmp_dir!() do
    tmp_dir() ||
      raise RuntimeError,
            "could not get a writable temporary directory, please set the TMPDIR environment variable"
  end

  # ---- time ----

  def monotonic_time(), do: :erlang.monotonic_time()
  def monotonic_time(unit), do: :erlang.monotonic_time(normalize_time_unit(unit))
  def system_time(), do: :erlang.system_time()
  def system_time(unit), do: :erlang.system_time(normalize_time_unit(unit))
  def os_time(), do: :erlang.system_time()
  def os_time(unit), do: :erlang.system_time(normalize_time_unit(unit))
  def time_offset(), do: 0
  def time_offset(unit), do: convert_time_unit(0, :native, unit)

  def unique_integer(modifiers \\ []), do: :erlang.unique_integer(modifiers)

  def convert_time_unit(time, from_unit, to_unit) do
    :erlang.convert_time_unit(time, normalize_time_unit(from_unit), normalize_time_unit(to_unit))
  end

  defp normalize_time_unit(:second), do: :second
  defp normalize_time_unit(:millisecond), do: :millisecond
  defp normalize_time_unit(:microsecond), do: :microsecond
  defp normalize_time_unit(:nanosecond), do: :nanosecond
  defp normalize_time_unit(:native), do: :native
  defp normalize_time_unit(:perf_counter), do: :perf_counter
  defp normalize_time_unit(:seconds), do: :second
  defp normalize_time_unit(:milli_seconds), do: :millisecond
  defp normalize_time_unit(:micro_seconds), do: :microsecond
  defp normalize_time_unit(:nano_seconds), do: :nanosecond
  defp normalize_time_unit(unit) when is_integer(unit) and unit > 0, do: unit

  defp normalize_time_unit(other) do
    raise ArgumentError,
          "unsupported time unit. Expected :second, :millisecond, :microsecond, :nanosecond, " <>
            "or a positive integer, got #{inspect(other)}"
  end
end

defmodule System.EnvError do
  defexception [:env]

  def message(%{env: env}),
    do: "could not fetch environment variable #{inspect(env)} because it is not set"
end
