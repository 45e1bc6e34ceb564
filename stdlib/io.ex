# IO: writing chardata to standard output and standard error, and inspecting terms.
defmodule IO do
  def puts(item), do: puts(:stdio, item)

  def puts(device, item) do
    :athanor.put_chars(device, [to_chardata(item), ?\n])
    :ok
  end

  def write(item), do: write(:stdio, item)

  def write(device, item) do
    :athanor.put_chars(device, to_chardata(item))
    :ok
  end

  def inspect(item, opts \\ []), do: inspect(:stdio, item, opts)

  def inspect(device, item, opts) do
    label = Keyword.get(opts, :label)
    # Elixir's IO.inspect always lays the document out to opts.width: `pretty:` matters
    # only for Kernel.inspect/2.
    text = :athanor.inspect(item, [pretty: true] ++ Keyword.delete(opts, :pretty))
    case label do
      nil -> :athanor.put_chars(device, [text, ?\n])
      label -> :athanor.put_chars(device, [to_chardata(label), ": ", text, ?\n])
    end
    item
  end

  def gets(prompt) do
    write(prompt)
    :athanor.read_line()
  end

  def gets(device, prompt) when device in [:stdio, :standard_io] do
    write(device, prompt)
    :athanor.read_line()
  end

  def read(:line), do: :athanor.read_line()
  def read(device, :line) when device in [:stdio, :standard_io], do: :athanor.read_line()

  # :eof reads to the end of input (:eof when there is none), the deprecated :all the same
  # but "" for no input.
  def read(device, :eof) when device in [:stdio, :standard_io], do: read_rest([])

  def read(device, :all) when device in [:stdio, :standard_io] do
    case read_rest([]) do
      :eof -> ""
      data -> data
    end
  end

  # IO.stream(:stdio, :line): the lines of standard input, read as the stream is consumed.
  def stream(), do: stream(:stdio, :line)
  def stream(device, :line) when device in [:stdio, :standard_io] do
    Stream.resource(fn -> :ok end, fn :ok ->
      case :athanor.read_line() do
        line when is_binary(line) -> {[line], :ok}
        _eof_or_error -> {:halt, :ok}
      end
    end, fn :ok -> :ok end)
  end

  defp read_rest(acc) do
    case :athanor.read_line() do
      line when is_binary(line) -> read_rest([acc | line])
      _eof_or_error when acc == [] -> :eof
      _eof_or_error -> :erlang.iolist_to_binary(acc)
    end
  end

  def binwrite(iodata), do: binwrite(:stdio, iodata)

  def binwrite(device, iodata) do
    :athanor.put_chars(device, iodata)
    :ok
  end

  # Elixir prints the warning and the caller's stacktrace on standard error.
  def warn(message, _stacktrace_or_env \\ []) do
    :athanor.put_chars(:stderr, ["\e[33mwarning: \e[0m", to_chardata(message), ?\n])
    :ok
  end

  def iodata_to_binary(iodata), do: :erlang.iolist_to_binary(iodata)
  def iodata_length(iodata), do: :erlang.iolist_size(iodata)
  def chardata_to_string(chardata) when is_binary(chardata), do: chardata
  def chardata_to_string(chardata) when is_list(chardata), do: List.to_string(chardata)

  defp to_chardata(list) when is_list(list), do: list
  defp to_chardata(other), do: to_string(other)
end
