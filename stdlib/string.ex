# String: the functions of Elixir's String that the runtime does not implement in C++
# (see runtime/include/athanor/bifs.def for the BIFs: length, upcase/1, split, slice, ...).
defmodule String do
  # ---- split, replace and match? (a %Regex{} pattern goes to Regex) ----

  def split(string, pattern, options \\ [])

  def split(string, %Regex{} = pattern, options) when is_binary(string),
    do: Regex.split(pattern, string, options)

  def split(string, pattern, options), do: :athanor.string_split(string, pattern, options)

  def replace(string, pattern, replacement, options \\ [])

  def replace(string, %Regex{} = pattern, replacement, options) when is_binary(string),
    do: Regex.replace(pattern, string, replacement, options)

  # A function replacement gets each match; the patterns become one alternation, longest
  # first (the longest match wins at a position, as with :binary.matches).
  def replace(string, pattern, replacement, options)
      when is_binary(string) and is_function(replacement, 1) and
             (is_binary(pattern) or is_list(pattern)) do
    source =
      List.wrap(pattern)
      |> Enum.sort_by(&(-byte_size(&1)))
      |> Enum.map_join("|", &Regex.escape/1)

    Regex.replace(Regex.compile!(source), string, replacement,
      global: Keyword.get(options, :global, true)
    )
  end

  def replace(string, pattern, replacement, options),
    do: :athanor.string_replace(string, pattern, replacement, options)

  def match?(string, %Regex{} = regex) when is_binary(string), do: Regex.match?(regex, string)

  # ---- case mapping with modes ----

  def upcase(string, :default) when is_binary(string), do: String.upcase(string)
  def upcase(string, :ascii) when is_binary(string), do: ascii_map(string, ?a, ?z, -32, [])
  def upcase(string, :greek) when is_binary(string), do: String.upcase(string)

  def upcase(string, :turkic) when is_binary(string),
    do: String.upcase(String.replace(string, "i", "İ"))

  def downcase(string, :default) when is_binary(string), do: String.downcase(string)
  def downcase(string, :ascii) when is_binary(string), do: ascii_map(string, ?A, ?Z, 32, [])

  def downcase(string, :turkic) when is_binary(string) do
    string |> String.replace("İ", "i") |> String.replace("I", "ı") |> String.downcase()
  end

  def downcase(string, :greek) when is_binary(string),
    do: final_sigma(String.downcase(string), [])

  def capitalize(string, :default) when is_binary(string), do: String.capitalize(string)

  def capitalize(string, mode) when is_binary(string) and mode in [:ascii, :greek, :turkic] do
    case String.next_grapheme(string) do
      nil -> ""
      {first, rest} -> upcase(first, mode) <> downcase(rest, mode)
    end
  end

  defp ascii_map(<<c, rest::binary>>, lo, hi, delta, acc) when c >= lo and c <= hi,
    do: ascii_map(rest, lo, hi, delta, [c + delta | acc])

  defp ascii_map(<<c, rest::binary>>, lo, hi, delta, acc), do: ascii_map(rest, lo, hi, delta, [c | acc])
  defp ascii_map(<<>>, _lo, _hi, _delta, acc), do: :erlang.list_to_binary(:lists.reverse(acc))

  # Final sigma: σ preceded by a letter and not followed by one becomes ς.
  defp final_sigma(<<"σ", rest::binary>>, acc) do
    final? = previous_letter?(acc) and not next_letter?(rest)
    final_sigma(rest, [if(final?, do: "ς", else: "σ") | acc])
  end

  defp final_sigma(<<c::utf8, rest::binary>>, acc), do: final_sigma(rest, [<<c::utf8>> | acc])
  defp final_sigma(<<c, rest::binary>>, acc), do: final_sigma(rest, [<<c>> | acc])
  defp final_sigma(<<>>, acc), do: :erlang.iolist_to_binary(:lists.reverse(acc))

  defp previous_letter?([<<c::utf8>> | _]), do: letter?(c)
  defp previous_letter?([_ | _]), do: true
  defp previous_letter?([]), do: false

  defp next_letter?(<<c::utf8, _::binary>>), do: letter?(c)
  defp next_letter?(_), do: false

  defp letter?(c),
    do:
      (c >= ?a and c <= ?z) or (c >= ?A and c <= ?Z) or (c >= 0xC0 and c <= 0x24F and c != 0xD7 and c != 0xF7) or
        (c >= 0x370 and c <= 0x3FF and c != 0x37E and c != 0x387) or (c >= 0x1F00 and c <= 0x1FFF) or
        (c >= 0x400 and c <= 0x52F)

  # ---- replacing repeated prefixes and suffixes ----

  def replace_leading(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    if match == "" do
      raise ArgumentError, "cannot use an empty string as the match to replace"
    end

    {count, rest} = count_leading(string, match, byte_size(match), 0)
    :erlang.iolist_to_binary([:lists.duplicate(count, replacement), rest])
  end

  defp count_leading(string, match, size, n) do
    case string do
      <<^match::binary-size(size), rest::binary>> -> count_leading(rest, match, size, n + 1)
      _ -> {n, string}
    end
  end

  def replace_trailing(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    if match == "" do
      raise ArgumentError, "cannot use an empty string as the match to replace"
    end

    size = byte_size(match)
    {count, keep} = count_trailing(string, match, size, byte_size(string), 0)
    :erlang.iolist_to_binary([:erlang.binary_part(string, 0, keep), :lists.duplicate(count, replacement)])
  end

  defp count_trailing(string, match, size, len, n) when len >= size do
    if :erlang.binary_part(string, len - size, size) == match,
      do: count_trailing(string, match, size, len - size, n + 1),
      else: {n, len}
  end

  defp count_trailing(_string, _match, _size, len, n), do: {n, len}

  # ---- chunks, graphemes, printability ----

  def chunk(string, trait) when is_binary(string) and trait in [:valid, :printable] do
    case codepoint_chunks(string, []) do
      [] -> []
      [cp | rest] -> chunk_codepoints(rest, [cp], chunk_pred(cp, trait), trait, [])
    end
  end

  defp chunk_codepoints([cp | rest], current, flag, trait, acc) do
    new_flag = chunk_pred(cp, trait)

    if new_flag == flag,
      do: chunk_codepoints(rest, [cp | current], flag, trait, acc),
      else: chunk_codepoints(rest, [cp], new_flag, trait, [join_rev(current) | acc])
  end

  defp chunk_codepoints([], current, _flag, _trait, acc),
    do: :lists.reverse([join_rev(current) | acc])

  defp join_rev(parts), do: :erlang.iolist_to_binary(:lists.reverse(parts))

  defp chunk_pred(cp, :valid), do: String.valid?(cp)
  defp chunk_pred(cp, :printable), do: String.printable?(cp)

  # The string as codepoints; bytes that are not valid UTF-8 come out one by one.
  defp codepoint_chunks(<<c::utf8, rest::binary>>, acc), do: codepoint_chunks(rest, [<<c::utf8>> | acc])
  defp codepoint_chunks(<<c, rest::binary>>, acc), do: codepoint_chunks(rest, [<<c>> | acc])
  defp codepoint_chunks(<<>>, acc), do: :lists.reverse(acc)

  def next_grapheme_size(string) when is_binary(string) do
    case String.next_grapheme(string) do
      {grapheme, rest} -> {byte_size(grapheme), rest}
      nil -> nil
    end
  end

  def printable?(string, :infinity) when is_binary(string), do: String.printable?(string)

  def printable?(string, limit) when is_binary(string) and is_integer(limit) and limit >= 0,
    do: printable_prefix?(string, limit)

  defp printable_prefix?(_string, 0), do: true
  defp printable_prefix?(<<>>, _limit), do: true

  defp printable_prefix?(<<c::utf8, rest::binary>>, limit) do
    String.printable?(<<c::utf8>>) and printable_prefix?(rest, limit - 1)
  end

  defp printable_prefix?(_string, _limit), do: false

  def valid_character?(<<_::utf8>> = codepoint), do: String.valid?(codepoint)
  def valid_character?(_), do: false

  # ---- distances ----

  def jaro_distance(string, string) when is_binary(string), do: 1.0
  def jaro_distance(_string, ""), do: 0.0
  def jaro_distance("", _string), do: 0.0

  def jaro_distance(string1, string2) when is_binary(string1) and is_binary(string2) do
    chars1 = String.graphemes(string1)
    chars2 = String.graphemes(string2)
    len1 = length(chars1)
    len2 = length(chars2)

    {short, long, lim} =
      if len1 < len2,
        do: {chars1, chars2, div(len2, 2) - 1},
        else: {chars2, chars1, div(len1, 2) - 1}

    case jaro_walk(short, long, 0, lim, 0, 0, 0, -1) do
      {0, _trans} -> 0.0
      {comm, trans} -> (comm / len1 + comm / len2 + (comm - trans) / comm) / 3
    end
  end

  # Walks the shorter list; `window` is the longer one from position idx - pre on, with
  # matched characters blanked out. A match found at a position lower than the previous
  # match counts as a transposition (Elixir 1.14's variant of the Jaro metric).
  defp jaro_walk([c | rest], window, pre, lim, idx, comm, trans, last) do
    {window, comm, trans, last} =
      case jaro_take(c, window, pre + 1 + lim, 0, []) do
        nil ->
          {window, comm, trans, last}

        {sub, window} ->
          pos = idx - pre + sub
          if pos < last, do: {window, comm + 1, trans + 1, pos}, else: {window, comm + 1, trans, pos}
      end

    if pre == lim do
      [_ | window] = window
      jaro_walk(rest, window, pre, lim, idx + 1, comm, trans, last)
    else
      jaro_walk(rest, window, pre + 1, lim, idx + 1, comm, trans, last)
    end
  end

  defp jaro_walk([], _window, _pre, _lim, _idx, comm, trans, _last), do: {comm, trans}

  defp jaro_take(_c, _window, 0, _i, _seen), do: nil
  defp jaro_take(_c, [], _count, _i, _seen), do: nil
  defp jaro_take(c, [c | rest], _count, i, seen), do: {i, :lists.reverse(seen, [nil | rest])}
  defp jaro_take(c, [other | rest], count, i, seen), do: jaro_take(c, rest, count - 1, i + 1, [other | seen])

  def bag_distance(_string, ""), do: 0.0
  def bag_distance("", _string), do: 0.0

  def bag_distance(string1, string2) when is_binary(string1) and is_binary(string2) do
    {bag1, length1} = grapheme_bag(String.graphemes(string1), %{}, 0)
    {bag2, length2} = grapheme_bag(String.graphemes(string2), %{}, 0)
    diff1 = bag_difference(:maps.to_list(bag1), bag2, 0)
    diff2 = bag_difference(:maps.to_list(bag2), bag1, 0)
    1 - :erlang.max(diff1, diff2) / :erlang.max(length1, length2)
  end

  defp grapheme_bag([g | t], bag, n) do
    case bag do
      %{^g => count} -> grapheme_bag(t, :maps.put(g, count + 1, bag), n + 1)
      _ -> grapheme_bag(t, :maps.put(g, 1, bag), n + 1)
    end
  end

  defp grapheme_bag([], bag, n), do: {bag, n}

  defp bag_difference([{g, count} | t], other, acc) do
    other_count =
      case other do
        %{^g => c} -> c
        _ -> 0
      end

    bag_difference(t, other, acc + :erlang.max(count - other_count, 0))
  end

  defp bag_difference([], _other, acc), do: acc

  def myers_difference(string1, string2) when is_binary(string1) and is_binary(string2) do
    String.graphemes(string1)
    |> List.myers_difference(String.graphemes(string2))
    |> Enum.map(fn {kind, chars} -> {kind, :erlang.iolist_to_binary(chars)} end)
  end

  # ---- deprecated spellings ----

  def to_char_list(string), do: String.to_charlist(string)

  def ljust(string, count) when is_binary(string), do: String.pad_trailing(string, count)

  def ljust(string, count, char) when is_binary(string) and is_integer(char),
    do: String.pad_trailing(string, count, <<char::utf8>>)

  def rjust(string, count) when is_binary(string), do: String.pad_leading(string, count)

  def rjust(string, count, char) when is_binary(string) and is_integer(char),
    do: String.pad_leading(string, count, <<char::utf8>>)

  def lstrip(string) when is_binary(string), do: String.trim_leading(string)

  def lstrip(string, char) when is_binary(string) and is_integer(char),
    do: String.trim_leading(string, <<char::utf8>>)

  def rstrip(string) when is_binary(string), do: String.trim_trailing(string)

  def rstrip(string, char) when is_binary(string) and is_integer(char),
    do: String.trim_trailing(string, <<char::utf8>>)

  def strip(string) when is_binary(string), do: String.trim(string)

  def strip(string, char) when is_binary(string) and is_integer(char),
    do: String.trim(string, <<char::utf8>>)

  # Elixir returns a lazy stream; here the parts come as a list (enumerable all the same).
  def splitter(string, pattern, options \\ []) when is_binary(string),
    do: String.split(string, pattern, options)
end
