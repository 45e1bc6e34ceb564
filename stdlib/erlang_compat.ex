# Parts of Erlang/OTP modules that Elixir programs call directly (:timer, :binary,
# :unicode), written over the runtime's BIFs. Only the commonly used functions exist.

# :erlang.apply/2,3 (the rest of :erlang is BIFs of the runtime): for MFAs such as
# {:erlang, :apply, [fun, []]} in child specs and spawn/3.
defmodule :erlang do
  def apply(fun, args), do: Kernel.apply(fun, args)
  def apply(module, function, args), do: Kernel.apply(module, function, args)

  # spawn_opt/2,4 (and Process.spawn/2,4): :link and :monitor are honoured (both at once
  # too: the new process waits until it is linked and monitored), other options such as
  # {:priority, _} or {:min_heap_size, _} are accepted and ignored.
  def spawn_opt(fun, opts) when is_function(fun, 0) and is_list(opts) do
    link? = :lists.member(:link, opts)
    monitor? = :lists.member(:monitor, opts) or :lists.keymember(:monitor, 1, opts)

    cond do
      link? and monitor? ->
        pid = :erlang.spawn_link(fn -> receive(do: (:"$athanor_spawn_go" -> fun.())) end)
        ref = :erlang.monitor(:process, pid)
        :erlang.send(pid, :"$athanor_spawn_go")
        {pid, ref}

      monitor? ->
        :erlang.spawn_monitor(fun)

      link? ->
        :erlang.spawn_link(fun)

      true ->
        :erlang.spawn(fun)
    end
  end

  def spawn_opt(module, function, args, opts)
      when is_atom(module) and is_atom(function) and is_list(args) and is_list(opts) do
    link? = :lists.member(:link, opts)
    monitor? = :lists.member(:monitor, opts) or :lists.keymember(:monitor, 1, opts)

    cond do
      link? and monitor? -> spawn_opt(fn -> Kernel.apply(module, function, args) end, opts)
      monitor? -> :erlang.spawn_monitor(module, function, args)
      link? -> :erlang.spawn_link(module, function, args)
      true -> :erlang.spawn(module, function, args)
    end
  end

  def process_info(pid) when is_pid(pid) do
    case Process.info(pid) do
      nil -> :undefined
      info -> info
    end
  end

  def yield(), do: true
  def bump_reductions(n) when is_integer(n) and n >= 1, do: true
  def send_nosuspend(dest, message), do: send_nosuspend(dest, message, [])

  def send_nosuspend(dest, message, options) when is_list(options) do
    :erlang.send(dest, message)
    true
  end
end

defmodule :timer do
  def sleep(time) when time == :infinity or (is_integer(time) and time >= 0) do
    receive do
    after
      time -> :ok
    end
  end

  def seconds(s), do: s * 1000
  def minutes(m), do: m * 60_000
  def hours(h), do: h * 3_600_000
  def hms(h, m, s), do: h * 3_600_000 + m * 60_000 + s * 1000

  def tc(fun) when is_function(fun, 0) do
    t0 = :erlang.monotonic_time(:microsecond)
    value = fun.()
    {:erlang.monotonic_time(:microsecond) - t0, value}
  end

  def tc(fun, args) when is_function(fun) and is_list(args) do
    t0 = :erlang.monotonic_time(:microsecond)
    value = apply_list(fun, args)
    {:erlang.monotonic_time(:microsecond) - t0, value}
  end

  def tc(module, function, args) when is_atom(module) and is_atom(function) and is_list(args) do
    t0 = :erlang.monotonic_time(:microsecond)
    value = apply(module, function, args)
    {:erlang.monotonic_time(:microsecond) - t0, value}
  end

  defp apply_list(fun, []), do: fun.()
  defp apply_list(fun, [a]), do: fun.(a)
  defp apply_list(fun, [a, b]), do: fun.(a, b)
  defp apply_list(fun, [a, b, c]), do: fun.(a, b, c)
  defp apply_list(fun, [a, b, c, d]), do: fun.(a, b, c, d)
  defp apply_list(fun, [a, b, c, d, e]), do: fun.(a, b, c, d, e)

  def send_after(time, message), do: send_after(time, :erlang.self(), message)

  def send_after(time, dest, message) when is_integer(time) and time >= 0,
    do: {:ok, {:once, :erlang.send_after(time, dest, message)}}

  def send_interval(time, message), do: send_interval(time, :erlang.self(), message)

  def send_interval(time, dest, message) when is_integer(time) and time >= 0 do
    owner = :erlang.self()
    job = fn -> :erlang.send(dest, message) end
    pid = :erlang.spawn(fn -> repeat_loop(time, job, :erlang.monitor(:process, owner)) end)
    {:ok, {:interval, pid}}
  end

  # Like OTP's timer server, a pending apply_after/exit_after can be cancelled until it fires.
  def apply_after(time, module, function, args) when is_integer(time) and time >= 0 do
    pid = :erlang.spawn(fn -> once_after(time, fn -> apply(module, function, args) end) end)
    {:ok, {:interval, pid}}
  end

  # Runs module.function(args) every `time` ms (each in a fresh process, as OTP does)
  # until cancelled or until the caller exits.
  def apply_interval(time, module, function, args) when is_integer(time) and time >= 0 do
    owner = :erlang.self()
    job = fn -> :erlang.spawn(fn -> apply(module, function, args) end) end
    pid = :erlang.spawn(fn -> repeat_loop(time, job, :erlang.monitor(:process, owner)) end)
    {:ok, {:interval, pid}}
  end

  defp once_after(time, job) do
    receive do
      :cancel -> :ok
    after
      time -> job.()
    end
  end

  # Fires at fixed deadlines (start + k * time), so slow jobs or late wake-ups do not drift.
  defp repeat_loop(time, job, mref), do: repeat_loop(time, job, mref, :erlang.monotonic_time(:millisecond) + time)

  defp repeat_loop(time, job, mref, deadline) do
    wait = max(deadline - :erlang.monotonic_time(:millisecond), 0)

    receive do
      {:DOWN, ^mref, _, _, _} -> :ok
      :cancel -> :ok
    after
      wait ->
        job.()
        repeat_loop(time, job, mref, deadline + time)
    end
  end

  def exit_after(time, reason), do: exit_after(time, :erlang.self(), reason)

  def exit_after(time, pid, reason) do
    killer = :erlang.spawn(fn -> once_after(time, fn -> :erlang.exit(pid, reason) end) end)
    {:ok, {:interval, killer}}
  end

  def kill_after(time), do: exit_after(time, :erlang.self(), :kill)
  def kill_after(time, pid), do: exit_after(time, pid, :kill)

  def cancel({:once, ref}) do
    :erlang.cancel_timer(ref)
    {:ok, :cancel}
  end

  def cancel({:interval, pid}) do
    :erlang.send(pid, :cancel)
    {:ok, :cancel}
  end

  def cancel(_), do: {:error, :badarg}
end

defmodule :binary do
  def part(binary, {pos, len}), do: part(binary, pos, len)
  def part(binary, pos, len) when len < 0, do: :erlang.binary_part(binary, pos + len, -len)
  def part(binary, pos, len), do: :erlang.binary_part(binary, pos, len)

  def first(<<byte, _::binary>>), do: byte
  def first(binary) when is_binary(binary), do: badarg("a zero-sized binary is not allowed")

  def last(binary) when is_binary(binary) and byte_size(binary) > 0 do
    <<byte>> = :erlang.binary_part(binary, byte_size(binary) - 1, 1)
    byte
  end

  def last(binary) when is_binary(binary), do: badarg("a zero-sized binary is not allowed")

  def at(binary, pos) when is_binary(binary) and is_integer(pos) do
    <<byte>> = :erlang.binary_part(binary, pos, 1)
    byte
  end

  def copy(binary), do: copy(binary, 1)

  def copy(binary, n) when is_binary(binary) and is_integer(n) and n >= 0,
    do: :erlang.iolist_to_binary(:lists.duplicate(n, binary))

  def bin_to_list(binary), do: :erlang.binary_to_list(binary)
  def bin_to_list(binary, {pos, len}), do: bin_to_list(binary, pos, len)
  def bin_to_list(binary, pos, len), do: :erlang.binary_to_list(part(binary, pos, len))

  def list_to_bin(list), do: :erlang.list_to_binary(list)

  def encode_hex(binary) when is_binary(binary), do: Base.encode16(binary)

  def decode_hex(binary) when is_binary(binary) and rem(byte_size(binary), 2) == 0 do
    case Base.decode16(binary, case: :mixed) do
      {:ok, decoded} -> decoded
      :error -> :erlang.error(:badarg)
    end
  end

  def decode_hex(_binary), do: :erlang.error(:badarg)

  def decode_unsigned(binary), do: decode_unsigned(binary, :big)

  def decode_unsigned(binary, :big), do: decode_bytes(:erlang.binary_to_list(binary), 0)

  def decode_unsigned(binary, :little),
    do: decode_bytes(:lists.reverse(:erlang.binary_to_list(binary)), 0)

  defp decode_bytes([b | t], acc), do: decode_bytes(t, acc * 256 + b)
  defp decode_bytes([], acc), do: acc

  def encode_unsigned(n), do: encode_unsigned(n, :big)

  def encode_unsigned(n, endianness) when is_integer(n) and n >= 0 do
    bytes = encode_bytes(n, [])
    bytes = if endianness == :little, do: :lists.reverse(bytes), else: bytes
    :erlang.list_to_binary(bytes)
  end

  defp encode_bytes(n, acc) when n < 256, do: [n | acc]
  defp encode_bytes(n, acc), do: encode_bytes(div(n, 256), [rem(n, 256) | acc])

  def longest_common_prefix([first | rest]) do
    Enum.reduce(rest, byte_size(first), fn b, n -> common_prefix(first, b, 0, n) end)
  end

  defp common_prefix(a, b, i, n) do
    if i < n and i < byte_size(b) and :erlang.binary_part(a, i, 1) == :erlang.binary_part(b, i, 1),
      do: common_prefix(a, b, i + 1, n),
      else: i
  end

  def longest_common_suffix(binaries) do
    longest_common_prefix(Enum.map(binaries, fn b -> :erlang.list_to_binary(:lists.reverse(:erlang.binary_to_list(b))) end))
  end

  # ---- searching: patterns are a binary or a list of binaries; at each position the
  # longest pattern that matches wins ----

  def match(subject, pattern), do: match(subject, pattern, [])

  def match(subject, pattern, _options) when is_binary(subject) do
    case find(subject, patterns(pattern), 0) do
      nil -> :nomatch
      found -> found
    end
  end

  def matches(subject, pattern), do: matches(subject, pattern, [])

  def matches(subject, pattern, _options) when is_binary(subject),
    do: all_matches(subject, patterns(pattern), 0, [])

  defp all_matches(subject, pats, from, acc) do
    case find(subject, pats, from) do
      nil -> :lists.reverse(acc)
      {pos, len} = found -> all_matches(subject, pats, pos + len, [found | acc])
    end
  end

  def split(subject, pattern), do: split(subject, pattern, [])

  def split(subject, pattern, options) when is_binary(subject) and is_list(options) do
    pats = patterns(pattern)
    global = :lists.member(:global, options)
    parts = split_parts(subject, pats, 0, 0, global, [])

    cond do
      :lists.member(:trim_all, options) -> Enum.reject(parts, fn p -> p == "" end)
      :lists.member(:trim, options) -> trim_trailing_empty(parts)
      true -> parts
    end
  end

  defp split_parts(subject, pats, start, from, global, acc) do
    case find(subject, pats, from) do
      nil ->
        :lists.reverse([rest_from(subject, start) | acc])

      {pos, len} ->
        piece = :erlang.binary_part(subject, start, pos - start)

        if global,
          do: split_parts(subject, pats, pos + len, pos + len, global, [piece | acc]),
          else: :lists.reverse([rest_from(subject, pos + len), piece | acc])
    end
  end

  defp rest_from(subject, start), do: :erlang.binary_part(subject, start, byte_size(subject) - start)

  defp trim_trailing_empty(parts) do
    parts |> :lists.reverse() |> Enum.drop_while(fn p -> p == "" end) |> :lists.reverse()
  end

  def replace(subject, pattern, replacement), do: replace(subject, pattern, replacement, [])

  def replace(subject, pattern, replacement, options) when is_binary(subject) do
    pats = patterns(pattern)
    global = :lists.member(:global, options)
    :erlang.iolist_to_binary(replace_parts(subject, pats, replacement, 0, global, []))
  end

  defp replace_parts(subject, pats, replacement, start, global, acc) do
    case find(subject, pats, start) do
      nil ->
        :lists.reverse([rest_from(subject, start) | acc])

      {pos, len} ->
        matched = :erlang.binary_part(subject, pos, len)
        repl = if is_function(replacement, 1), do: replacement.(matched), else: replacement
        acc = [repl, :erlang.binary_part(subject, start, pos - start) | acc]

        if global,
          do: replace_parts(subject, pats, replacement, pos + len, global, acc),
          else: :lists.reverse([rest_from(subject, pos + len) | acc])
    end
  end

  defp patterns(pattern) when is_binary(pattern) and byte_size(pattern) > 0, do: [pattern]

  defp patterns([_ | _] = list) do
    if Enum.all?(list, fn p -> is_binary(p) and byte_size(p) > 0 end),
      do: list,
      else: badarg_at(2, "not a valid pattern")
  end

  defp patterns(_), do: badarg_at(2, "not a valid pattern")

  # The first position >= from where some pattern matches, with the longest such pattern.
  defp find(subject, pats, from) do
    size = byte_size(subject)

    if from >= size do
      nil
    else
      case longest_at(subject, size, pats, from, 0) do
        0 -> find(subject, pats, from + 1)
        len -> {from, len}
      end
    end
  end

  defp longest_at(subject, size, [p | t], pos, best) do
    len = byte_size(p)

    if len > best and pos + len <= size and :erlang.binary_part(subject, pos, len) == p,
      do: longest_at(subject, size, t, pos, len),
      else: longest_at(subject, size, t, pos, best)
  end

  defp longest_at(_subject, _size, [], _pos, best), do: best

  defp badarg(reason), do: badarg_at(1, reason)

  defp badarg_at(position, reason) do
    ordinal = if position == 1, do: "1st", else: "2nd"

    raise ArgumentError,
          "errors were found at the given arguments:\n\n  * #{ordinal} argument: #{reason}\n"
  end
end

defmodule :unicode do
  def characters_to_binary(data) when is_binary(data), do: data
  def characters_to_binary(data) when is_list(data), do: :athanor.to_string(data)
  def characters_to_binary(data, _in_encoding), do: characters_to_binary(data)
  def characters_to_binary(data, _in_encoding, _out_encoding), do: characters_to_binary(data)

  def characters_to_list(data) when is_binary(data), do: String.to_charlist(data)
  def characters_to_list(data) when is_list(data), do: String.to_charlist(:athanor.to_string(data))
  def characters_to_list(data, _in_encoding), do: characters_to_list(data)

  def characters_to_nfc_binary(data), do: String.normalize(characters_to_binary(data), :nfc)
  def characters_to_nfd_binary(data), do: String.normalize(characters_to_binary(data), :nfd)
  def characters_to_nfkc_binary(data), do: String.normalize(characters_to_binary(data), :nfkc)
  def characters_to_nfkd_binary(data), do: String.normalize(characters_to_binary(data), :nfkd)
  def characters_to_nfc_list(data), do: String.to_charlist(characters_to_nfc_binary(data))
  def characters_to_nfd_list(data), do: String.to_charlist(characters_to_nfd_binary(data))
  def characters_to_nfkc_list(data), do: String.to_charlist(characters_to_nfkc_binary(data))
  def characters_to_nfkd_list(data), do: String.to_charlist(characters_to_nfkd_binary(data))
end
