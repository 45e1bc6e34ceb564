# Base: base 16, 32 (standard and "extended hex") and 64 (standard and URL-safe)
# encodings, with Elixir's options (:case, :padding, :ignore) and error messages.
defmodule Base do
  @b64 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  @b64url 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  @b32 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  @b32hex '0123456789ABCDEFGHIJKLMNOPQRSTUV'
  @b16 '0123456789ABCDEF'

  # ---- base 16 ----

  def encode16(data, opts \\ []) when is_binary(data) do
    alphabet = apply_case(@b16, Keyword.get(opts, :case, :upper))
    encode_bits(data, 4, :erlang.list_to_tuple(alphabet), false, 1)
  end

  def decode16(string, opts \\ []) when is_binary(string) do
    {:ok, decode16!(string, opts)}
  catch
    :error, %ArgumentError{} -> :error
  end

  def decode16!(string, opts \\ []) when is_binary(string) do
    if rem(byte_size(string), 2) != 0 do
      raise ArgumentError,
            "string given to decode has wrong length. An even number of bytes was expected, " <>
              "got: #{byte_size(string)}. Double check your string for unwanted characters or pad it accordingly"
    end

    table = decode_table(@b16, Keyword.get(opts, :case, :upper))
    decode_bits(string, 4, table)
  end

  # ---- base 64 ----

  def encode64(data, opts \\ []) when is_binary(data),
    do: encode_bits(data, 6, :erlang.list_to_tuple(@b64), Keyword.get(opts, :padding, true), 4)

  def url_encode64(data, opts \\ []) when is_binary(data),
    do: encode_bits(data, 6, :erlang.list_to_tuple(@b64url), Keyword.get(opts, :padding, true), 4)

  def decode64(string, opts \\ []) when is_binary(string) do
    {:ok, decode64!(string, opts)}
  catch
    :error, %ArgumentError{} -> :error
  end

  def decode64!(string, opts \\ []) when is_binary(string),
    do: decode_padded(string, opts, @b64, :upper, 6, 4)

  def url_decode64(string, opts \\ []) when is_binary(string) do
    {:ok, url_decode64!(string, opts)}
  catch
    :error, %ArgumentError{} -> :error
  end

  def url_decode64!(string, opts \\ []) when is_binary(string),
    do: decode_padded(string, opts, @b64url, :upper, 6, 4)

  # ---- base 32 ----

  def encode32(data, opts \\ []) when is_binary(data) do
    alphabet = apply_case(@b32, Keyword.get(opts, :case, :upper))
    encode_bits(data, 5, :erlang.list_to_tuple(alphabet), Keyword.get(opts, :padding, true), 8)
  end

  def hex_encode32(data, opts \\ []) when is_binary(data) do
    alphabet = apply_case(@b32hex, Keyword.get(opts, :case, :upper))
    encode_bits(data, 5, :erlang.list_to_tuple(alphabet), Keyword.get(opts, :padding, true), 8)
  end

  def decode32(string, opts \\ []) when is_binary(string) do
    {:ok, decode32!(string, opts)}
  catch
    :error, %ArgumentError{} -> :error
  end

  def decode32!(string, opts \\ []) when is_binary(string),
    do: decode_padded(string, opts, @b32, Keyword.get(opts, :case, :upper), 5, 8)

  def hex_decode32(string, opts \\ []) when is_binary(string) do
    {:ok, hex_decode32!(string, opts)}
  catch
    :error, %ArgumentError{} -> :error
  end

  def hex_decode32!(string, opts \\ []) when is_binary(string),
    do: decode_padded(string, opts, @b32hex, Keyword.get(opts, :case, :upper), 5, 8)

  # ---- shared machinery ----

  defp apply_case(alphabet, :upper), do: alphabet
  defp apply_case(alphabet, :lower), do: Enum.map(alphabet, &lower/1)

  defp lower(c) when c >= ?A and c <= ?Z, do: c + 32
  defp lower(c), do: c

  # Emits one alphabet character per `width` bits (the last group zero-padded), then '='
  # up to a multiple of `block` characters when padding is on.
  defp encode_bits(data, width, alphabet, padding, block) do
    chars = encode_groups(data, width, alphabet, 0, 0, [])
    count = length(chars)

    pad =
      if padding and rem(count, block) != 0,
        do: :lists.duplicate(block - rem(count, block), ?=),
        else: []

    :erlang.list_to_binary(:lists.reverse(chars, pad))
  end

  defp encode_groups(<<byte, rest::binary>>, width, alphabet, acc, nbits, out) do
    acc = acc * 256 + byte
    emit_groups(rest, width, alphabet, acc, nbits + 8, out)
  end

  defp encode_groups(<<>>, _width, _alphabet, _acc, 0, out), do: out

  defp encode_groups(<<>>, width, alphabet, acc, nbits, out) do
    value = :erlang.bsl(acc, width - nbits)
    [:erlang.element(value + 1, alphabet) | out]
  end

  defp emit_groups(rest, width, alphabet, acc, nbits, out) when nbits >= width do
    shift = nbits - width
    value = :erlang.bsr(acc, shift)
    acc = acc - :erlang.bsl(value, shift)
    emit_groups(rest, width, alphabet, acc, shift, [:erlang.element(value + 1, alphabet) | out])
  end

  defp emit_groups(rest, width, alphabet, acc, nbits, out),
    do: encode_groups(rest, width, alphabet, acc, nbits, out)

  defp decode_table(alphabet, mode) do
    upper = Enum.with_index(alphabet)

    pairs =
      case mode do
        :upper -> upper
        :lower -> Enum.map(upper, fn {c, i} -> {lower(c), i} end)
        :mixed -> upper ++ Enum.map(upper, fn {c, i} -> {lower(c), i} end)
      end

    :maps.from_list(pairs)
  end

  defp decode_padded(string, opts, alphabet, mode, width, block) do
    string =
      case Keyword.get(opts, :ignore) do
        :whitespace -> drop_whitespace(string, [])
        _ -> string
      end

    padding = Keyword.get(opts, :padding, true)
    size = byte_size(string)

    if padding and rem(size, block) != 0 do
      raise ArgumentError, "incorrect padding"
    end

    unpadded = strip_padding(string)
    decode_bits(unpadded, width, decode_table(alphabet, mode))
  end

  defp drop_whitespace(<<c, rest::binary>>, acc) when c in [?\s, ?\t, ?\r, ?\n],
    do: drop_whitespace(rest, acc)

  defp drop_whitespace(<<c, rest::binary>>, acc), do: drop_whitespace(rest, [c | acc])
  defp drop_whitespace(<<>>, acc), do: :erlang.list_to_binary(:lists.reverse(acc))

  defp strip_padding(string) do
    case string do
      "" -> ""
      _ -> String.trim_trailing(string, "=")
    end
  end

  defp decode_bits(string, width, table), do: decode_chars(string, width, table, 0, 0, [])

  defp decode_chars(<<c, rest::binary>>, width, table, acc, nbits, out) do
    case table do
      %{^c => value} ->
        acc = :erlang.bor(:erlang.bsl(acc, width), value)
        nbits = nbits + width

        if nbits >= 8 do
          shift = nbits - 8
          byte = :erlang.bsr(acc, shift)
          decode_chars(rest, width, table, acc - :erlang.bsl(byte, shift), shift, [byte | out])
        else
          decode_chars(rest, width, table, acc, nbits, out)
        end

      _ ->
        raise ArgumentError,
              "non-alphabet character found: #{inspect(<<c>>, binaries: :as_strings)} (byte #{c})"
    end
  end

  defp decode_chars(<<>>, _width, _table, _acc, _nbits, out),
    do: :erlang.list_to_binary(:lists.reverse(out))
end
