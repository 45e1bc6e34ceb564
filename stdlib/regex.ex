# Regex: regular expressions with PCRE syntax, matched by a backtracking engine written
# here (the BEAM uses PCRE through :re; Athanor has no :re). Supported: literals and
# escapes, ., character classes (ranges, negation, \d \w \s \h \v and their negations,
# POSIX [:name:]), anchors ^ $ \A \z \Z \b \B, groups (capturing, (?:...), named
# (?<n>...)), alternation, greedy/lazy/possessive quantifiers (* + ? {n} {n,} {n,m}),
# backreferences (\1, \k<n>), lookahead and lookbehind, inline flags (?imsx), and the
# modifiers i m s x u U f. Positions are byte offsets; with "u" the engine steps over
# UTF-8 codepoints, otherwise over bytes, as PCRE does.
#
# ~r/.../ literals need the compiler to lower them to Regex.compile!/2.
defmodule Regex do
  defstruct source: "", opts: "", re_pattern: nil, re_version: {"8.44 2020-02-12", :little}

  # re_pattern holds {:athanor_regex, ast, group_count, names, flags}

  def version(), do: {"8.44 2020-02-12", :little}

  def compile(source, options \\ "")

  def compile(source, options) when is_binary(source) and is_binary(options) do
    case parse_options(options, %{}) do
      {:ok, flags} ->
        case parse(source, flags) do
          {:ok, ast, count, names} ->
            {:ok,
             %Regex{
               source: source,
               opts: options,
               re_pattern: {:athanor_regex, ast, count, names, flags}
             }}

          {:error, _} = error ->
            error
        end

      :error ->
        {:error, {:invalid_option, options}}
    end
  end

  def compile(source, options) when is_binary(source) and is_list(options) do
    compile(source, options_to_string(options))
  end

  def compile!(source, options \\ "") when is_binary(source) do
    case compile(source, options) do
      {:ok, regex} -> regex
      {:error, {reason, at}} -> raise Regex.CompileError, "#{reason} at position #{at}"
    end
  end

  def recompile(%Regex{} = regex), do: {:ok, regex}
  def recompile!(%Regex{} = regex), do: regex

  def regex?(%Regex{}), do: true
  def regex?(_), do: false

  def source(%Regex{source: source}), do: source
  def opts(%Regex{opts: opts}), do: opts

  def names(%Regex{re_pattern: {:athanor_regex, _, _, names, _}}),
    do: names |> Enum.map(&elem(&1, 0)) |> :lists.usort()

  def escape(string) when is_binary(string), do: escape_chars(string, [])

  defp escape_chars(<<c, rest::binary>>, acc)
       when c in '.^$*+?()[]{}|#-\\ \t\n\r\f\v' do
    escape_chars(rest, [c, ?\\ | acc])
  end

  defp escape_chars(<<c, rest::binary>>, acc), do: escape_chars(rest, [c | acc])
  defp escape_chars(<<>>, acc), do: :erlang.list_to_binary(:lists.reverse(acc))

  defp parse_options(<<c, rest::binary>>, flags) do
    case c do
      ?i -> parse_options(rest, :maps.put(:caseless, true, flags))
      ?m -> parse_options(rest, :maps.put(:multiline, true, flags))
      ?s -> parse_options(rest, :maps.put(:dotall, true, flags))
      ?x -> parse_options(rest, :maps.put(:extended, true, flags))
      ?u -> parse_options(rest, :maps.put(:unicode, true, flags))
      ?U -> parse_options(rest, :maps.put(:ungreedy, true, flags))
      ?f -> parse_options(rest, :maps.put(:firstline, true, flags))
      _ -> :error
    end
  end

  defp parse_options(<<>>, flags), do: {:ok, flags}

  defp options_to_string(options) do
    Enum.map_join(options, fn
      :caseless -> "i"
      :multiline -> "m"
      :dotall -> "s"
      :extended -> "x"
      :unicode -> "u"
      :ungreedy -> "U"
      :firstline -> "f"
      _ -> ""
    end)
  end

  # ------------------------------------------------------------------------------------
  # Matching API
  # ------------------------------------------------------------------------------------

  def match?(%Regex{} = regex, string) when is_binary(string), do: find(regex, string, 0, false) != nil

  def run(%Regex{} = regex, string, options \\ []) when is_binary(string) do
    case find(regex, string, Keyword.get(options, :offset, 0), false) do
      nil -> nil
      caps -> shape(regex, string, caps, options)
    end
  end

  def scan(%Regex{} = regex, string, options \\ []) when is_binary(string) do
    regex
    |> all_matches(string, Keyword.get(options, :offset, 0))
    |> Enum.map(fn caps -> shape(regex, string, caps, options) end)
  end

  def named_captures(%Regex{} = regex, string, options \\ []) when is_binary(string) do
    {:athanor_regex, _, _, names, _} = regex.re_pattern

    case find(regex, string, 0, false) do
      nil ->
        nil

      caps ->
        return = Keyword.get(options, :return, :binary)

        :maps.from_list(
          Enum.map(names, fn {name, index} -> {name, capture_value(caps, index, string, return)} end)
        )
    end
  end

  def split(regex, string, options \\ [])

  def split(%Regex{}, "", options) do
    if Keyword.get(options, :trim, false), do: [], else: [""]
  end

  def split(%Regex{} = regex, string, options) when is_binary(string) do
    parts = Keyword.get(options, :parts, :infinity)
    trim = Keyword.get(options, :trim, false)
    with_captures = Keyword.get(options, :include_captures, false)
    matches = all_matches(regex, string, 0)
    pieces = split_pieces(matches, string, 0, parts, with_captures, [])
    if trim, do: Enum.reject(pieces, &(&1 == "")), else: pieces
  end

  defp split_pieces(_matches, string, from, 1, _with, acc),
    do: :lists.reverse([rest_of(string, from) | acc])

  defp split_pieces([caps | rest], string, from, parts, with_captures, acc) do
    {s, e} = Map.fetch!(caps, 0)
    piece = :erlang.binary_part(string, from, s - from)
    acc = [piece | acc]
    acc = if with_captures, do: [:erlang.binary_part(string, s, e - s) | acc], else: acc
    parts = if parts == :infinity, do: :infinity, else: parts - 1
    split_pieces(rest, string, e, parts, with_captures, acc)
  end

  defp split_pieces([], string, from, _parts, _with, acc),
    do: :lists.reverse([rest_of(string, from) | acc])

  defp rest_of(string, from), do: :erlang.binary_part(string, from, byte_size(string) - from)

  def replace(%Regex{} = regex, string, replacement, options \\ []) when is_binary(string) do
    matches =
      if Keyword.get(options, :global, true),
        do: all_matches(regex, string, 0),
        else: List.wrap(find(regex, string, 0, false))

    {:athanor_regex, _, count, _, _} = regex.re_pattern
    {parts, last} = Enum.reduce(matches, {[], 0}, fn caps, {acc, from} ->
      {s, e} = Map.fetch!(caps, 0)
      text = replacement_text(replacement, caps, string, count)
      {[text, :erlang.binary_part(string, from, s - from) | acc], e}
    end)

    :erlang.iolist_to_binary(:lists.reverse([rest_of(string, last) | parts]))
  end

  defp replacement_text(fun, caps, string, count) when is_function(fun) do
    {:arity, arity} = :erlang.fun_info(fun, :arity)
    args = for i <- 0..(arity - 1)//1, do: capture_value(caps, i, string, :binary)
    _ = count

    case args do
      [] -> fun.()
      [a] -> fun.(a)
      [a, b] -> fun.(a, b)
      [a, b, c] -> fun.(a, b, c)
      [a, b, c, d] -> fun.(a, b, c, d)
      [a, b, c, d, e] -> fun.(a, b, c, d, e)
      [a, b, c, d, e, f] -> fun.(a, b, c, d, e, f)
    end
    |> :athanor.to_string()
  end

  defp replacement_text(template, caps, string, _count) when is_binary(template),
    do: expand_template(template, caps, string, [])

  # \N, \gN, \g{N} and \\ in the replacement (also the deprecated &, which is literal now).
  defp expand_template(<<?\\, ?\\, rest::binary>>, caps, string, acc),
    do: expand_template(rest, caps, string, [?\\ | acc])

  defp expand_template(<<?\\, ?g, ?{, rest::binary>>, caps, string, acc) do
    [digits, rest] = :binary.split(rest, "}")
    expand_template(rest, caps, string, [capture_value(caps, String.to_integer(digits), string, :binary) | acc])
  end

  defp expand_template(<<?\\, d, rest::binary>>, caps, string, acc) when d in ?0..?9 do
    {digits, rest} = take_digits(rest, [d])
    expand_template(rest, caps, string, [capture_value(caps, digits, string, :binary) | acc])
  end

  defp expand_template(<<c, rest::binary>>, caps, string, acc),
    do: expand_template(rest, caps, string, [c | acc])

  defp expand_template(<<>>, _caps, _string, acc), do: :lists.reverse(acc)

  defp take_digits(<<d, rest::binary>>, acc) when d in ?0..?9 and length(acc) < 2,
    do: take_digits(rest, [d | acc])

  defp take_digits(rest, acc), do: {List.to_integer(:lists.reverse(acc)), rest}

  # ---- shaping results (capture: and return: options) ----

  defp shape(regex, string, caps, options) do
    {:athanor_regex, _, count, names, _} = regex.re_pattern
    return = Keyword.get(options, :return, :binary)

    indices =
      case Keyword.get(options, :capture, :all) do
        :all -> 0..last_set_group(caps, count)//1 |> Enum.to_list()
        :first -> [0]
        :all_but_first -> 1..last_set_group(caps, count)//1 |> Enum.to_list()
        :none -> []
        :all_names -> :lists.keysort(1, names) |> Enum.map(&elem(&1, 1))
        list when is_list(list) -> Enum.map(list, &capture_index(&1, names))
      end

    Enum.map(indices, fn i -> capture_value(caps, i, string, return) end)
  end

  defp capture_index(i, _names) when is_integer(i), do: i

  defp capture_index(name, names) do
    name = if is_atom(name), do: :erlang.atom_to_binary(name), else: name
    {_, i} = :lists.keyfind(name, 1, names)
    i
  end

  # Like PCRE, unset groups at the end are left out.
  defp last_set_group(caps, count) do
    Enum.reduce(1..count//1, 0, fn i, last -> if :maps.is_key(i, caps), do: i, else: last end)
  end

  defp capture_value(caps, index, string, return) do
    case caps do
      %{^index => {s, e}} ->
        if return == :index, do: {s, e - s}, else: :erlang.binary_part(string, s, e - s)

      _ ->
        if return == :index, do: {-1, 0}, else: ""
    end
  end

  # ------------------------------------------------------------------------------------
  # Searching
  # ------------------------------------------------------------------------------------

  defp all_matches(regex, string, offset),
    do: all_matches(regex, context(regex, string), offset, false, [])

  # After an empty match the next attempt at the same position must not be empty.
  defp all_matches(regex, ctx, pos, not_empty, acc) do
    if pos > ctx.size do
      :lists.reverse(acc)
    else
      case find(regex, ctx, pos, not_empty) do
        nil ->
          :lists.reverse(acc)

        caps ->
          {s, e} = Map.fetch!(caps, 0)
          all_matches(regex, ctx, e, s == e, [caps | acc])
      end
    end
  end

  defp find(regex, string, from, not_empty) when is_binary(string),
    do: find(regex, context(regex, string), from, not_empty)

  defp find(%Regex{re_pattern: {:athanor_regex, ast, _count, _names, _flags}}, ctx, from, not_empty),
    do: search(ast, ctx, from, not_empty, from)

  # The subject's bytes go into a tuple once per call, for constant-time access.
  defp context(%Regex{re_pattern: {:athanor_regex, _, _, _, flags}}, string) do
    %{
      s: string,
      size: byte_size(string),
      u: Map.get(flags, :unicode, false),
      bytes: :erlang.list_to_tuple(:erlang.binary_to_list(string))
    }
  end

  defp search(ast, ctx, pos, not_empty, origin) do
    if pos > ctx.size do
      nil
    else
      k = fn p, caps -> if not_empty and pos == origin and p == pos, do: nil, else: :maps.put(0, {pos, p}, caps) end

      case m(ast, ctx, pos, %{}, k) do
        nil -> search(ast, ctx, next_pos(ctx, pos), not_empty, origin)
        caps -> caps
      end
    end
  end

  defp next_pos(ctx, pos) do
    if ctx.u do
      case char_at(ctx, pos) do
        {_, next} -> next
        nil -> pos + 1
      end
    else
      pos + 1
    end
  end

  # The character at pos and the position after it (bytes, or UTF-8 codepoints with "u").
  defp char_at(%{size: size, u: u, bytes: bytes}, pos) when pos < size do
    b = :erlang.element(pos + 1, bytes)

    if u and b >= 0xC0 do
      decode_utf8(bytes, pos, b, size)
    else
      {b, pos + 1}
    end
  end

  defp char_at(_ctx, _pos), do: nil

  # A UTF-8 sequence from the byte tuple (an invalid one yields its first byte).
  defp decode_utf8(bytes, pos, b, size) do
    {len, init} =
      cond do
        b >= 0xF0 -> {4, :erlang.band(b, 0x07)}
        b >= 0xE0 -> {3, :erlang.band(b, 0x0F)}
        true -> {2, :erlang.band(b, 0x1F)}
      end

    if pos + len <= size do
      value =
        Enum.reduce(1..(len - 1), init, fn i, acc ->
          acc * 64 + :erlang.band(:erlang.element(pos + i + 1, bytes), 0x3F)
        end)

      {value, pos + len}
    else
      {b, pos + 1}
    end
  end

  defp char_before(%{u: u, bytes: bytes} = ctx, pos) when pos > 0 do
    if u do
      {c, _} = char_at(ctx, prev_boundary(bytes, pos - 1))
      c
    else
      :erlang.element(pos, bytes)
    end
  end

  defp char_before(_ctx, _pos), do: nil

  defp prev_boundary(bytes, pos) do
    c = :erlang.element(pos + 1, bytes)
    if pos > 0 and c >= 0x80 and c < 0xC0, do: prev_boundary(bytes, pos - 1), else: pos
  end

  # ------------------------------------------------------------------------------------
  # The backtracking matcher: m(node, ctx, pos, caps, k) calls the continuation k with the
  # position and captures after the node, and returns its result or nil to backtrack.
  # ------------------------------------------------------------------------------------

  defp m({:seq, nodes}, ctx, pos, caps, k), do: seq(nodes, ctx, pos, caps, k)

  defp m({:alt, branches}, ctx, pos, caps, k), do: alt(branches, ctx, pos, caps, k)

  defp m({:char, c, fold}, ctx, pos, caps, k) do
    case char_at(ctx, pos) do
      {^c, next} -> k.(next, caps)
      {d, next} when fold -> if fold_char(d) == c, do: k.(next, caps), else: nil
      _ -> nil
    end
  end

  defp m({:any, dotall}, ctx, pos, caps, k) do
    case char_at(ctx, pos) do
      {?\n, _} when not dotall -> nil
      {_, next} -> k.(next, caps)
      nil -> nil
    end
  end

  defp m({:class, negated, items, fold}, ctx, pos, caps, k) do
    case char_at(ctx, pos) do
      {c, next} ->
        hit = class_member?(items, c, ctx.u) or (fold and class_member?(items, fold_char(c), ctx.u)) or
                (fold and class_member?(items, upcase_char(c), ctx.u))

        if hit != negated, do: k.(next, caps), else: nil

      nil ->
        nil
    end
  end

  defp m({:group, index, node}, ctx, pos, caps, k) do
    m(node, ctx, pos, caps, fn p, caps2 -> k.(p, :maps.put(index, {pos, p}, caps2)) end)
  end

  defp m({:nogroup, node}, ctx, pos, caps, k), do: m(node, ctx, pos, caps, k)

  defp m({:repeat, node, min, max, mode}, ctx, pos, caps, k) do
    case mode do
      :greedy -> greedy(node, min, max, ctx, pos, caps, 0, k)
      :lazy -> lazy(node, min, max, ctx, pos, caps, 0, k)
      :possessive -> possessive(node, min, max, ctx, pos, caps, k)
    end
  end

  defp m({:bol, multiline}, ctx, pos, caps, k) do
    cond do
      pos == 0 -> k.(pos, caps)
      multiline and char_before(ctx, pos) == ?\n -> k.(pos, caps)
      true -> nil
    end
  end

  defp m({:eol, multiline}, ctx, pos, caps, k) do
    cond do
      pos == ctx.size -> k.(pos, caps)
      multiline and char_at(ctx, pos) != nil and elem(char_at(ctx, pos), 0) == ?\n -> k.(pos, caps)
      pos == ctx.size - 1 and elem(char_at(ctx, pos), 0) == ?\n -> k.(pos, caps)
      true -> nil
    end
  end

  defp m(:start, _ctx, pos, caps, k), do: if(pos == 0, do: k.(pos, caps), else: nil)
  defp m(:end, ctx, pos, caps, k), do: if(pos == ctx.size, do: k.(pos, caps), else: nil)

  defp m(:end_nl, ctx, pos, caps, k) do
    cond do
      pos == ctx.size -> k.(pos, caps)
      pos == ctx.size - 1 and elem(char_at(ctx, pos), 0) == ?\n -> k.(pos, caps)
      true -> nil
    end
  end

  defp m({:word_boundary, want}, ctx, pos, caps, k) do
    before = word_char?(char_before(ctx, pos), ctx.u)

    after_ =
      case char_at(ctx, pos) do
        {c, _} -> word_char?(c, ctx.u)
        nil -> false
      end

    if (before != after_) == want, do: k.(pos, caps), else: nil
  end

  defp m({:backref, index, fold}, ctx, pos, caps, k) do
    case caps do
      %{^index => {s, e}} ->
        len = e - s
        captured = :erlang.binary_part(ctx.s, s, len)

        if pos + len <= ctx.size do
          here = :erlang.binary_part(ctx.s, pos, len)
          same = if fold, do: String.downcase(here) == String.downcase(captured), else: here == captured
          if same, do: k.(pos + len, caps), else: nil
        else
          nil
        end

      _ ->
        nil
    end
  end

  defp m({:look, :ahead, positive, node}, ctx, pos, caps, k) do
    case m(node, ctx, pos, caps, fn _p, caps2 -> caps2 end) do
      nil -> if positive, do: nil, else: k.(pos, caps)
      caps2 -> if positive, do: k.(pos, caps2), else: nil
    end
  end

  defp m({:look, :behind, positive, node}, ctx, pos, caps, k) do
    found =
      Enum.find_value(pos..0//-1, fn start ->
        m(node, ctx, start, caps, fn p, caps2 -> if p == pos, do: caps2, else: nil end)
      end)

    case found do
      nil -> if positive, do: nil, else: k.(pos, caps)
      caps2 -> if positive, do: k.(pos, caps2), else: nil
    end
  end

  defp m(:empty, _ctx, pos, caps, k), do: k.(pos, caps)

  defp seq([node], ctx, pos, caps, k), do: m(node, ctx, pos, caps, k)
  defp seq([node | rest], ctx, pos, caps, k), do: m(node, ctx, pos, caps, fn p, c -> seq(rest, ctx, p, c, k) end)
  defp seq([], _ctx, pos, caps, k), do: k.(pos, caps)

  defp alt([branch | rest], ctx, pos, caps, k) do
    case m(branch, ctx, pos, caps, k) do
      nil -> alt(rest, ctx, pos, caps, k)
      result -> result
    end
  end

  defp alt([], _ctx, _pos, _caps, _k), do: nil

  defp greedy(node, min, max, ctx, pos, caps, n, k) do
    more =
      if max == :infinity or n < max do
        m(node, ctx, pos, caps, fn p, c ->
          # an iteration that consumed nothing ends the loop (keeping its captures), as PCRE
          if p == pos and n >= min, do: k.(p, c), else: greedy(node, min, max, ctx, p, c, n + 1, k)
        end)
      end

    case more do
      nil -> if n >= min, do: k.(pos, caps), else: nil
      result -> result
    end
  end

  defp lazy(node, min, max, ctx, pos, caps, n, k) do
    done = if n >= min, do: k.(pos, caps)

    case done do
      nil ->
        if max == :infinity or n < max do
          m(node, ctx, pos, caps, fn p, c ->
            if p == pos and n >= min, do: k.(p, c), else: lazy(node, min, max, ctx, p, c, n + 1, k)
          end)
        end

      result ->
        result
    end
  end

  # Takes as many as possible and never gives any back.
  defp possessive(node, min, max, ctx, pos, caps, k) do
    {p, c, n} = possessive_take(node, max, ctx, pos, caps, 0)
    if n >= min, do: k.(p, c), else: nil
  end

  defp possessive_take(node, max, ctx, pos, caps, n) do
    if max != :infinity and n >= max do
      {pos, caps, n}
    else
      case m(node, ctx, pos, caps, fn p, c -> {p, c} end) do
        {p, c} when p != pos -> possessive_take(node, max, ctx, p, c, n + 1)
        {p, c} -> {p, c, n + 1}
        nil -> {pos, caps, n}
      end
    end
  end

  # ---- character predicates ----

  defp fold_char(c) when c >= ?A and c <= ?Z, do: c + 32
  defp fold_char(c) when c >= 0xC0 and c <= 0xDE and c != 0xD7, do: c + 32

  defp fold_char(c) when c > 0xFF do
    case String.downcase(<<c::utf8>>) do
      <<d::utf8>> -> d
      _ -> c
    end
  end

  defp fold_char(c), do: c

  defp upcase_char(c) when c >= ?a and c <= ?z, do: c - 32
  defp upcase_char(c), do: c

  defp class_member?([item | rest], c, u), do: item_member?(item, c, u) or class_member?(rest, c, u)
  defp class_member?([], _c, _u), do: false

  defp item_member?({:range, a, b}, c, _u), do: c >= a and c <= b
  defp item_member?({:char, a}, c, _u), do: c == a
  defp item_member?({:shorthand, kind}, c, u), do: shorthand?(kind, c, u)
  defp item_member?({:not, item}, c, u), do: not item_member?(item, c, u)
  defp item_member?({:posix, name, negated}, c, u), do: posix?(name, c, u) != negated
  defp item_member?({:prop, name, negated}, c, _u), do: property?(name, c) != negated

  defp shorthand?(:digit, c, _u), do: c >= ?0 and c <= ?9
  defp shorthand?(:word, c, u), do: word_char?(c, u)
  defp shorthand?(:space, c, _u), do: c in [?\s, ?\t, ?\n, ?\v, ?\f, ?\r]
  defp shorthand?(:hspace, c, _u), do: c in [?\s, ?\t, 0xA0]
  defp shorthand?(:vspace, c, _u), do: c in [?\n, ?\v, ?\f, ?\r, 0x85, 0x2028, 0x2029]

  defp word_char?(nil, _u), do: false

  defp word_char?(c, u) do
    (c >= ?a and c <= ?z) or (c >= ?A and c <= ?Z) or (c >= ?0 and c <= ?9) or c == ?_ or
      (c > 127 and if(u, do: unicode_letter?(c), else: latin1_letter?(c)))
  end

  # Without "u", bytes above 127 are classified as ISO-8859-1 characters (PCRE's tables).
  defp latin1_letter?(c),
    do: c in [0xAA, 0xB5, 0xBA] or (c >= 0xC0 and c <= 0xFF and c != 0xD7 and c != 0xF7)

  defp unicode_letter?(c) do
    s = <<c::utf8>>
    String.upcase(s) != String.downcase(s) or (c >= 0x4E00 and c <= 0x9FFF) or (c >= 0x3040 and c <= 0x30FF)
  end

  defp posix?("alpha", c, u),
    do: (c >= ?a and c <= ?z) or (c >= ?A and c <= ?Z) or (c > 127 and if(u, do: unicode_letter?(c), else: latin1_letter?(c)))
  defp posix?("digit", c, _u), do: c >= ?0 and c <= ?9
  defp posix?("alnum", c, u), do: posix?("alpha", c, u) or posix?("digit", c, u)
  defp posix?("upper", c, _u), do: (c >= ?A and c <= ?Z) or (c >= 0xC0 and c <= 0xDE and c != 0xD7)
  defp posix?("lower", c, _u), do: (c >= ?a and c <= ?z) or (c >= 0xDF and c <= 0xFF and c != 0xF7)
  defp posix?("space", c, _u), do: c in [?\s, ?\t, ?\n, ?\v, ?\f, ?\r]
  defp posix?("blank", c, _u), do: c in [?\s, ?\t]
  defp posix?("punct", c, _u), do: c in '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
  defp posix?("xdigit", c, _u), do: (c >= ?0 and c <= ?9) or (c >= ?a and c <= ?f) or (c >= ?A and c <= ?F)
  defp posix?("word", c, u), do: word_char?(c, u)
  defp posix?("cntrl", c, _u), do: c < 32 or c == 127
  defp posix?("print", c, _u), do: c >= 32 and c != 127
  defp posix?("graph", c, _u), do: c > 32 and c != 127
  defp posix?("ascii", c, _u), do: c < 128

  # ------------------------------------------------------------------------------------
  # The parser: pattern source -> AST, group count and [{name, index}]
  # ------------------------------------------------------------------------------------

  defp parse(source, flags) do
    state = %{src: source, pos: 0, groups: 0, names: [], flags: flags, unicode: Map.get(flags, :unicode, false)}

    try do
      {ast, state} = parse_alt(state)

      if state.pos < byte_size(source) do
        throw({:regex_error, 'unmatched parentheses', state.pos})
      end

      {:ok, ast, state.groups, :lists.reverse(state.names)}
    catch
      {:regex_error, message, at} -> {:error, {message, at}}
    end
  end

  defp peek(state) do
    if state.pos < byte_size(state.src) do
      if state.unicode do
        <<_::binary-size(state.pos), c::utf8, _::binary>> = state.src
        c
      else
        <<_::binary-size(state.pos), c, _::binary>> = state.src
        c
      end
    end
  end

  defp advance(state) do
    c = peek(state)
    size = if state.unicode and c > 127, do: byte_size(<<c::utf8>>), else: 1
    %{state | pos: state.pos + size}
  end

  defp looking_at?(state, prefix) do
    rest = :erlang.binary_part(state.src, state.pos, byte_size(state.src) - state.pos)
    String.starts_with?(rest, prefix)
  end

  defp skip(state, n), do: %{state | pos: state.pos + n}

  defp error(message, at), do: throw({:regex_error, message, at})

  defp parse_alt(state) do
    {first, state} = parse_seq(state, [])
    parse_alt_rest(state, [first])
  end

  defp parse_alt_rest(state, branches) do
    if peek(state) == ?| do
      {branch, state} = parse_seq(advance(state), [])
      parse_alt_rest(state, [branch | branches])
    else
      case branches do
        [single] -> {single, state}
        _ -> {{:alt, :lists.reverse(branches)}, state}
      end
    end
  end

  defp parse_seq(state, acc) do
    state = skip_extended(state)

    case peek(state) do
      nil -> {seq_node(acc), state}
      ?| -> {seq_node(acc), state}
      ?) -> {seq_node(acc), state}
      _ ->
        case parse_atom(state) do
          {:flags, state} ->
            parse_seq(state, acc)

          {atom, state} ->
            {atom, state} = parse_quantifier(atom, skip_extended(state))
            parse_seq(state, [atom | acc])
        end
    end
  end

  defp seq_node([]), do: :empty
  defp seq_node([single]), do: single
  defp seq_node(acc), do: {:seq, :lists.reverse(acc)}

  defp skip_extended(state) do
    if Map.get(state.flags, :extended, false) do
      case peek(state) do
        c when c in [?\s, ?\t, ?\n, ?\r, ?\f, ?\v] ->
          skip_extended(advance(state))

        ?# ->
          skip_extended(skip_comment(advance(state)))

        _ ->
          state
      end
    else
      state
    end
  end

  defp skip_comment(state) do
    case peek(state) do
      nil -> state
      ?\n -> advance(state)
      _ -> skip_comment(advance(state))
    end
  end

  defp fold?(state), do: Map.get(state.flags, :caseless, false)

  defp char_node(c, state) do
    if fold?(state), do: {:char, fold_char(c), true}, else: {:char, c, false}
  end

  defp parse_atom(state) do
    c = peek(state)

    case c do
      ?( -> parse_group(advance(state))
      ?[ -> parse_class(advance(state))
      ?. -> {{:any, Map.get(state.flags, :dotall, false)}, advance(state)}
      ?^ -> {{:bol, Map.get(state.flags, :multiline, false)}, advance(state)}
      ?$ -> {{:eol, Map.get(state.flags, :multiline, false)}, advance(state)}
      ?\\ -> parse_escape(advance(state))
      q when q in [?*, ?+, ??] -> error('nothing to repeat', state.pos)
      ?{ -> if quantifier_brace?(state), do: error('nothing to repeat', state.pos), else: {char_node(?{, state), advance(state)}
      _ -> {char_node(c, state), advance(state)}
    end
  end

  defp parse_group(state) do
    cond do
      looking_at?(state, "?:") ->
        {node, state} = parse_alt(skip(state, 2))
        {{:nogroup, node}, close_group(state)}

      looking_at?(state, "?=") ->
        {node, state} = parse_alt(skip(state, 2))
        {{:look, :ahead, true, node}, close_group(state)}

      looking_at?(state, "?!") ->
        {node, state} = parse_alt(skip(state, 2))
        {{:look, :ahead, false, node}, close_group(state)}

      looking_at?(state, "?<=") ->
        {node, state} = parse_alt(skip(state, 3))
        {{:look, :behind, true, node}, close_group(state)}

      looking_at?(state, "?<!") ->
        {node, state} = parse_alt(skip(state, 3))
        {{:look, :behind, false, node}, close_group(state)}

      looking_at?(state, "?<") or looking_at?(state, "?P<") or looking_at?(state, "?'") ->
        skip_n = if looking_at?(state, "?P<"), do: 3, else: 2
        closer = if looking_at?(state, "?'"), do: "'", else: ">"
        state = skip(state, skip_n)
        rest = :erlang.binary_part(state.src, state.pos, byte_size(state.src) - state.pos)

        case :binary.split(rest, closer) do
          [name, _] ->
            if :lists.keymember(name, 1, state.names) do
              error('two named subpatterns have the same name', state.pos + byte_size(name))
            end

            index = state.groups + 1
            state = %{skip(state, byte_size(name) + 1) | groups: index, names: [{name, index} | state.names]}
            {node, state} = parse_alt(state)
            {{:group, index, node}, close_group(state)}

          _ ->
            error('syntax error in subpattern name (missing terminator)', state.pos)
        end

      looking_at?(state, "?") ->
        parse_inline_flags(advance(state), true, state.flags)

      true ->
        index = state.groups + 1
        {node, state} = parse_alt(%{state | groups: index})
        {{:group, index, node}, close_group(state)}
    end
  end

  defp close_group(state) do
    if peek(state) == ?), do: advance(state), else: error('missing )', state.pos)
  end

  # (?i), (?-i), (?im-sx) and (?i:...)
  defp parse_inline_flags(state, on, flags) do
    case peek(state) do
      ?- -> parse_inline_flags(advance(state), false, flags)
      ?i -> parse_inline_flags(advance(state), on, :maps.put(:caseless, on, flags))
      ?m -> parse_inline_flags(advance(state), on, :maps.put(:multiline, on, flags))
      ?s -> parse_inline_flags(advance(state), on, :maps.put(:dotall, on, flags))
      ?x -> parse_inline_flags(advance(state), on, :maps.put(:extended, on, flags))
      ?U -> parse_inline_flags(advance(state), on, :maps.put(:ungreedy, on, flags))
      ?) -> {:flags, %{advance(state) | flags: flags}}
      ?: ->
        outer = state.flags
        {node, state} = parse_alt(%{advance(state) | flags: flags})
        {{:nogroup, node}, %{close_group(state) | flags: outer}}

      _ ->
        error('unrecognized character after (? or (?-', state.pos)
    end
  end

  defp parse_escape(state) do
    c = peek(state)

    if c == nil, do: error('\\ at end of pattern', state.pos)

    next = advance(state)

    case c do
      ?d -> {{:class, false, [{:shorthand, :digit}], false}, next}
      ?D -> {{:class, true, [{:shorthand, :digit}], false}, next}
      ?w -> {{:class, false, [{:shorthand, :word}], false}, next}
      ?W -> {{:class, true, [{:shorthand, :word}], false}, next}
      ?s -> {{:class, false, [{:shorthand, :space}], false}, next}
      ?S -> {{:class, true, [{:shorthand, :space}], false}, next}
      ?h -> {{:class, false, [{:shorthand, :hspace}], false}, next}
      ?H -> {{:class, true, [{:shorthand, :hspace}], false}, next}
      ?v -> {{:class, false, [{:shorthand, :vspace}], false}, next}
      ?V -> {{:class, true, [{:shorthand, :vspace}], false}, next}
      ?R -> {{:alt, [{:seq, [{:char, ?\r, false}, {:char, ?\n, false}]}, {:class, false, [{:shorthand, :vspace}], false}]}, next}
      ?b -> {{:word_boundary, true}, next}
      ?B -> {{:word_boundary, false}, next}
      ?A -> {:start, next}
      ?z -> {:end, next}
      ?Z -> {:end_nl, next}
      ?G -> {:start, next}
      ?Q -> parse_quoted(next, [])
      ?p ->
        {item, next} = parse_property(next, false)
        {{:class, false, [item], false}, next}

      ?P ->
        {item, next} = parse_property(next, true)
        {{:class, false, [item], false}, next}

      ?k -> parse_named_backref(next)
      ?g -> parse_g_backref(next)
      d when d in ?1..?9 ->
        {n, next} = take_number(state, 0)
        {{:backref, n, fold?(state)}, next}

      _ ->
        {value, next} = escape_value(c, next)
        {char_node(value, state), next}
    end
  end

  # \p{Lu} \p{^Lu} \pL \P{L}: Unicode general categories (and a few scripts).
  defp parse_property(state, negated) do
    case peek(state) do
      ?{ ->
        rest = :erlang.binary_part(state.src, state.pos + 1, byte_size(state.src) - state.pos - 1)

        case :binary.split(rest, "}") do
          [raw, _] ->
            {name, negated} =
              case raw do
                "^" <> n -> {n, not negated}
                n -> {n, negated}
              end

            if not property_name?(name),
              do: error('unknown property name after \\P or \\p', state.pos + 1 + byte_size(raw))

            {{:prop, name, negated}, skip(state, byte_size(raw) + 2)}

          _ ->
            error('malformed \\P or \\p sequence', state.pos)
        end

      nil ->
        error('malformed \\P or \\p sequence', state.pos)

      c ->
        name = <<c>>
        if not property_name?(name), do: error('unknown property name after \\P or \\p', state.pos)
        {{:prop, name, negated}, advance(state)}
    end
  end

  @categories ~w(C Cc Cf Cn Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs)
  @scripts ~w(Latin Greek Cyrillic Han Hiragana Katakana Arabic Hebrew Hangul Thai Common)

  defp property_name?(name), do: name in @categories or name in @scripts or name in ["Any", "L&", "Xan", "Xsp", "Xps", "Xwd"]

  defp property?("Any", _c), do: true
  defp property?("L&", c), do: :athanor.unicode_category(c) in ["Lu", "Ll", "Lt"]
  defp property?("Xan", c), do: property?("L", c) or property?("N", c)
  defp property?("Xwd", c), do: property?("Xan", c) or c == ?_
  defp property?("Xsp", c), do: property?("Z", c) or c in [?\t, ?\n, ?\v, ?\f, ?\r]
  defp property?("Xps", c), do: property?("Xsp", c)
  defp property?("Latin", c), do: letter_in?(c, [{?A, ?Z}, {?a, ?z}, {0xAA, 0xAA}, {0xBA, 0xBA}, {0xC0, 0x24F}, {0x1E00, 0x1EFF}, {0x2C60, 0x2C7F}, {0xA720, 0xA7FF}, {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A}])
  defp property?("Greek", c), do: in_ranges?(c, [{0x370, 0x3FF}, {0x1F00, 0x1FFF}]) and c not in [0x37E, 0x385, 0x387]
  defp property?("Cyrillic", c), do: in_ranges?(c, [{0x400, 0x52F}, {0x1C80, 0x1C8F}, {0x2DE0, 0x2DFF}, {0xA640, 0xA69F}])
  defp property?("Han", c), do: in_ranges?(c, [{0x2E80, 0x2FDF}, {0x3005, 0x3005}, {0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303B}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x20000, 0x3134F}])
  defp property?("Hiragana", c), do: in_ranges?(c, [{0x3041, 0x3096}, {0x309D, 0x309F}])
  defp property?("Katakana", c), do: in_ranges?(c, [{0x30A1, 0x30FA}, {0x30FD, 0x30FF}, {0x31F0, 0x31FF}, {0xFF66, 0xFF6F}, {0xFF71, 0xFF9D}])
  defp property?("Arabic", c), do: in_ranges?(c, [{0x600, 0x604}, {0x606, 0x60B}, {0x60D, 0x61A}, {0x61C, 0x61E}, {0x620, 0x63F}, {0x641, 0x64A}, {0x656, 0x66F}, {0x671, 0x6DC}, {0x6DE, 0x6FF}, {0x750, 0x77F}])
  defp property?("Hebrew", c), do: in_ranges?(c, [{0x591, 0x5C7}, {0x5D0, 0x5EA}, {0x5EF, 0x5F4}, {0xFB1D, 0xFB4F}])
  defp property?("Hangul", c), do: in_ranges?(c, [{0x1100, 0x11FF}, {0x3131, 0x318E}, {0xAC00, 0xD7A3}])
  defp property?("Thai", c), do: in_ranges?(c, [{0xE01, 0xE3A}, {0xE40, 0xE5B}])

  defp property?("Common", c) do
    not Enum.any?(~w(Latin Greek Cyrillic Han Hiragana Katakana Arabic Hebrew Hangul Thai), &property?(&1, c)) and
      not property?("M", c)
  end

  defp property?(<<_>> = major, c), do: binary_part(:athanor.unicode_category(c), 0, 1) == major
  defp property?(name, c), do: :athanor.unicode_category(c) == name

  defp in_ranges?(c, ranges), do: Enum.any?(ranges, fn {a, b} -> c >= a and c <= b end)
  defp letter_in?(c, ranges), do: in_ranges?(c, ranges) and c not in [0xD7, 0xF7]

  defp parse_quoted(state, acc) do
    cond do
      peek(state) == nil -> {seq_node(acc), state}
      looking_at?(state, "\\E") -> {seq_node(acc), skip(state, 2)}
      true -> parse_quoted(advance(state), [char_node(peek(state), state) | acc])
    end
  end

  defp parse_named_backref(state) do
    open = peek(state)
    closer = case open do
      ?< -> ">"
      ?{ -> "}"
      ?' -> "'"
      _ -> error('\\k is not followed by a braced, angle-bracketed, or quoted name', state.pos)
    end

    state = advance(state)
    rest = :erlang.binary_part(state.src, state.pos, byte_size(state.src) - state.pos)
    [name, _] = :binary.split(rest, closer)

    case :lists.keyfind(name, 1, state.names) do
      {_, index} -> {{:backref, index, fold?(state)}, skip(state, byte_size(name) + 1)}
      false -> error('reference to non-existent subpattern', state.pos)
    end
  end

  defp parse_g_backref(state) do
    if peek(state) == ?{ do
      state = advance(state)
      {n, state} = take_number(state, 0)
      if peek(state) != ?}, do: error('a numbered reference must not be zero', state.pos)
      {{:backref, n, fold?(state)}, advance(state)}
    else
      {n, state} = take_number(state, 0)
      {{:backref, n, fold?(state)}, state}
    end
  end

  defp take_number(state, acc) do
    case peek(state) do
      d when d in ?0..?9 -> take_number(advance(state), acc * 10 + d - ?0)
      _ -> {acc, state}
    end
  end

  # Escapes that stand for one character: \t \n \r \f \e \a \0 \xHH \x{H..} \cX, and any
  # other escaped character stands for itself.
  defp escape_value(c, state) do
    case c do
      ?t -> {?\t, state}
      ?n -> {?\n, state}
      ?r -> {?\r, state}
      ?f -> {?\f, state}
      ?e -> {27, state}
      ?a -> {7, state}
      ?0 -> {0, state}
      ?c -> {:erlang.bxor(upcase_char(peek(state)), 64), advance(state)}
      ?x ->
        if peek(state) == ?{ do
          rest = :erlang.binary_part(state.src, state.pos + 1, byte_size(state.src) - state.pos - 1)
          [hex, _] = :binary.split(rest, "}")
          {String.to_integer(hex, 16), skip(state, byte_size(hex) + 2)}
        else
          take_hex(state, 0, 0)
        end

      other ->
        {other, state}
    end
  end

  defp take_hex(state, acc, 2), do: {acc, state}

  defp take_hex(state, acc, n) do
    c = peek(state)

    cond do
      c != nil and c in ?0..?9 -> take_hex(advance(state), acc * 16 + c - ?0, n + 1)
      c != nil and c in ?a..?f -> take_hex(advance(state), acc * 16 + c - ?a + 10, n + 1)
      c != nil and c in ?A..?F -> take_hex(advance(state), acc * 16 + c - ?A + 10, n + 1)
      true -> {acc, state}
    end
  end

  defp parse_class(state) do
    start = state.pos - 1
    {negated, state} = if peek(state) == ?^, do: {true, advance(state)}, else: {false, state}
    # a ] right after [ or [^ is a literal
    {items, state} =
      if peek(state) == ?], do: class_items(advance(state), [{:char, ?]}], start), else: class_items(state, [], start)

    {{:class, negated, items, fold?(state)}, state}
  end

  defp class_items(state, acc, start) do
    case peek(state) do
      nil ->
        error('missing terminating ] for character class', byte_size(state.src))

      ?] ->
        {:lists.reverse(acc), advance(state)}

      ?[ ->
        if looking_at?(state, "[:") do
          rest = :erlang.binary_part(state.src, state.pos + 2, byte_size(state.src) - state.pos - 2)
          [name, _] = :binary.split(rest, ":]")
          {negated, name} = case name do
            "^" <> n -> {true, n}
            n -> {false, n}
          end

          class_items(skip(state, byte_size(name) + 4 + if(negated, do: 1, else: 0)), [{:posix, name, negated} | acc], start)
        else
          class_range(advance(state), ?[, acc, start)
        end

      ?\\ ->
        state = advance(state)
        c = peek(state)
        next = advance(state)

        case c do
          ?d -> class_items(next, [{:shorthand, :digit} | acc], start)
          ?D -> class_items(next, [{:not, {:shorthand, :digit}} | acc], start)
          ?w -> class_items(next, [{:shorthand, :word} | acc], start)
          ?W -> class_items(next, [{:not, {:shorthand, :word}} | acc], start)
          ?s -> class_items(next, [{:shorthand, :space} | acc], start)
          ?S -> class_items(next, [{:not, {:shorthand, :space}} | acc], start)
          ?h -> class_items(next, [{:shorthand, :hspace} | acc], start)
          ?v -> class_items(next, [{:shorthand, :vspace} | acc], start)
          ?b -> class_range(next, 8, acc, start)
          ?p ->
            {item, next} = parse_property(next, false)
            class_items(next, [item | acc], start)

          ?P ->
            {item, next} = parse_property(next, true)
            class_items(next, [item | acc], start)

          _ ->
            {value, next} = escape_value(c, next)
            class_range(next, value, acc, start)
        end

      c ->
        class_range(advance(state), c, acc, start)
    end
  end

  # After a character: either a range a-b or the character alone.
  defp class_range(state, low, acc, start) do
    if peek(state) == ?- and not looking_at?(state, "-]") and byte_size(state.src) > state.pos + 1 do
      state = advance(state)

      {high, state} =
        case peek(state) do
          ?\\ ->
            state = advance(state)
            escape_value(peek(state), advance(state))

          c ->
            {c, advance(state)}
        end

      if high < low, do: error('range out of order in character class', state.pos - 1)
      class_items(state, [{:range, low, high} | acc], start)
    else
      class_items(state, [{:char, low} | acc], start)
    end
  end

  defp quantifier_brace?(state) do
    rest = :erlang.binary_part(state.src, state.pos, byte_size(state.src) - state.pos)
    brace_quantifier(rest) != nil
  end

  # "{n}", "{n,}", "{n,m}" at the start of rest: {min, max, length} or nil.
  defp brace_quantifier(rest) do
    case :binary.split(rest, "}") do
      ["{" <> inner, _] ->
        case :binary.split(inner, ",") do
          [a] -> if digits?(a), do: {String.to_integer(a), String.to_integer(a), byte_size(inner) + 2}
          [a, ""] -> if digits?(a), do: {String.to_integer(a), :infinity, byte_size(inner) + 2}
          [a, b] -> if digits?(a) and digits?(b), do: {String.to_integer(a), String.to_integer(b), byte_size(inner) + 2}
        end

      _ ->
        nil
    end
  end

  defp digits?(""), do: false
  defp digits?(s), do: Enum.all?(:erlang.binary_to_list(s), &(&1 in ?0..?9))

  defp parse_quantifier(atom, state) do
    c = peek(state)

    {range, state} =
      case c do
        ?* -> {{0, :infinity}, advance(state)}
        ?+ -> {{1, :infinity}, advance(state)}
        ?? -> {{0, 1}, advance(state)}
        ?{ ->
          rest = :erlang.binary_part(state.src, state.pos, byte_size(state.src) - state.pos)

          case brace_quantifier(rest) do
            {min, max, len} when is_integer(max) and max < min ->
              error('numbers out of order in {} quantifier', state.pos + len - 1)

            {min, max, len} ->
              {{min, max}, skip(state, len)}

            nil ->
              {nil, state}
          end

        _ ->
          {nil, state}
      end

    case range do
      nil ->
        {atom, state}

      {min, max} ->
        if atom in [:start, :end, :end_nl] or match?({:bol, _}, atom) or match?({:eol, _}, atom) or
             match?({:word_boundary, _}, atom) do
          {atom, state}
        else
          ungreedy = Map.get(state.flags, :ungreedy, false)

          {mode, state} =
            case peek(state) do
              ?? -> {if(ungreedy, do: :greedy, else: :lazy), advance(state)}
              ?+ -> {:possessive, advance(state)}
              _ -> {if(ungreedy, do: :lazy, else: :greedy), state}
            end

          node = {:repeat, atom, min, max, mode}
          # a quantifier directly after a quantifier is an error in PCRE (except ?/+)
          case peek(state) do
            q when q in [?*, ?+, ??] -> error('nothing to repeat', state.pos)
            _ -> {node, state}
          end
        end
    end
  end
end

defmodule Regex.CompileError do
  defexception message: "regex could not be compiled"
end
