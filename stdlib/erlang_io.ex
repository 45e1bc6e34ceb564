# :io and :io_lib: formatted output with Erlang's control sequences (~p ~w ~s ~c ~f ~e ~g
# ~b ~x ~# ~+ ~i ~n ~~, field width, precision, pad character, ~* arguments) and Erlang's
# term syntax for ~w/~p (io_lib:write, io_lib_pretty:print with its line breaking at the
# field width, 80 columns by default). Erlang prints charlists as "strings" and binaries as
# <<"...">> when they are printable Latin-1 (~tp: Unicode binaries as <<"..."/utf8>>), and
# ~s writes each byte of a binary as one character (~ts decodes UTF-8), as on the BEAM.
defmodule :io do
  def format(format), do: format(:standard_io, format, [])
  def format(format, args), do: format(:standard_io, format, args)

  def format(device, format, args) do
    :athanor.put_chars(device(device), :io_lib.format(format, args))
    :ok
  end

  def fwrite(format), do: format(:standard_io, format, [])
  def fwrite(format, args), do: format(:standard_io, format, args)
  def fwrite(device, format, args), do: format(device, format, args)

  def put_chars(chars), do: put_chars(:standard_io, chars)

  def put_chars(device, chars) do
    :athanor.put_chars(device(device), chars)
    :ok
  end

  def nl, do: nl(:standard_io)
  def nl(device), do: put_chars(device, ~c"\n")

  def write(term), do: write(:standard_io, term)
  def write(device, term), do: put_chars(device, :io_lib.write(term))

  defp device(:user), do: :standard_io
  defp device(:standard_io), do: :standard_io
  defp device(:stdio), do: :standard_io
  defp device(:standard_error), do: :standard_error
  defp device(:stderr), do: :standard_error
  defp device(pid) when is_pid(pid), do: :standard_io
  defp device(_), do: :erlang.error(:badarg)
end

defmodule :io_lib do
  def format(format, args) when is_list(args) do
    chars = format_chars(format)
    build(chars, args, 0, [])
  end

  def format(_format, _args), do: :erlang.error(:badarg)

  def fwrite(format, args), do: format(format, args)

  def write(term), do: write_term(term)
  def write(term, _depth), do: write_term(term)

  def print(term), do: pretty(term, 1, 80, false)

  def write_atom(atom), do: atom_chars(atom)

  def write_string(string), do: [?" | escape_string(string, [?"])]

  def nl, do: ~c"\n"

  def printable_list(list), do: printable_latin1_list?(list)
  def printable_latin1_list(list), do: printable_latin1_list?(list)
  def printable_unicode_list(list), do: printable_unicode_list?(list)

  # ---- the control sequences ----

  defp format_chars(f) when is_binary(f), do: String.to_charlist(f)
  defp format_chars(f) when is_atom(f), do: Atom.to_charlist(f)
  defp format_chars(f) when is_list(f), do: List.flatten(f)
  defp format_chars(_), do: :erlang.error(:badarg)

  defp build([], [], _col, acc), do: :lists.reverse(acc)
  defp build([], _args, _col, _acc), do: :erlang.error(:badarg)

  defp build([?~ | rest], args, col, acc) do
    {spec, rest, args} = parse_spec(rest, args)
    {out, args} = control(spec, args, col)
    build(rest, args, column(out, col), [out | acc])
  end

  defp build([c | rest], args, col, acc) do
    col = if c == ?\n, do: 0, else: col + 1
    build(rest, args, col, [c | acc])
  end

  defp column(out, col) do
    Enum.reduce(List.flatten(out), col, fn
      ?\n, _ -> 0
      _, c -> c + 1
    end)
  end

  # spec: {control, width, adjust, precision, pad, unicode?}
  defp parse_spec(chars, args) do
    {adjust, chars} =
      case chars do
        [?- | rest] -> {:left, rest}
        _ -> {:right, chars}
      end

    {width, chars, args} = parse_number(chars, args)

    {adjust, width} =
      if is_integer(width) and width < 0, do: {:left, -width}, else: {adjust, width}

    {precision, chars, args} =
      case chars do
        [?. | rest] -> parse_number(rest, args)
        _ -> {:none, chars, args}
      end

    {pad, chars, args} =
      case chars do
        [?., ?* | rest] ->
          case args do
            [p | args] -> {p, rest, args}
            [] -> :erlang.error(:badarg)
          end

        [?., p | rest] ->
          {p, rest, args}

        _ ->
          {?\s, chars, args}
      end

    {unicode, chars} = modifiers(chars, false)

    case chars do
      [c | rest] -> {{c, width, adjust, precision, pad, unicode}, rest, args}
      [] -> :erlang.error(:badarg)
    end
  end

  defp modifiers([?t | rest], _), do: modifiers(rest, true)
  defp modifiers([?l | rest], u), do: modifiers(rest, u)
  defp modifiers(chars, u), do: {u, chars}

  defp parse_number([?* | rest], [n | args]) when is_integer(n), do: {n, rest, args}
  defp parse_number([?* | _], _args), do: :erlang.error(:badarg)

  defp parse_number([c | _] = chars, args) when c in ?0..?9 do
    {digits, rest} = Enum.split_while(chars, &(&1 in ?0..?9))
    {List.to_integer(digits), rest, args}
  end

  defp parse_number(chars, args), do: {:none, chars, args}

  defp take([a | rest]), do: {a, rest}
  defp take([]), do: :erlang.error(:badarg)

  defp control({?~, _w, _a, _p, _pad, _u}, args, _col), do: {~c"~", args}
  defp control({?n, _w, _a, _p, _pad, _u}, args, _col), do: {~c"\n", args}

  defp control({?i, _w, _a, _p, _pad, _u}, args, _col) do
    {_, args} = take(args)
    {[], args}
  end

  defp control({?c, width, adjust, precision, pad, _u}, args, _col) do
    {c, args} = take(args)
    if not is_integer(c) or c < 0, do: :erlang.error(:badarg)
    n = if precision == :none, do: if(width == :none, do: 1, else: width), else: precision
    {field(List.duplicate(c, n), width, adjust, pad), args}
  end

  defp control({?s, width, adjust, precision, pad, unicode}, args, _col) do
    {s, args} = take(args)
    chars = string_arg(s, unicode)

    chars =
      cond do
        precision != :none -> Enum.take(chars, precision)
        width != :none -> Enum.take(chars, width)
        true -> chars
      end

    {field(chars, width, adjust, pad), args}
  end

  defp control({c, width, adjust, precision, pad, unicode}, args, col) when c in [?w, ?p, ?W, ?P] do
    {term, args} = take(args)

    args =
      if c in [?W, ?P] do
        {_depth, args} = take(args)
        args
      else
        args
      end

    out =
      if c in [?w, ?W] do
        write_term(term)
      else
        line_length = if width == :none, do: 80, else: width
        pretty(term, col + 1, line_length, unicode)
      end

    out = List.flatten(out)

    if c in [?p, ?P] do
      {out, args}
    else
      {term_field(out, width, adjust, pad), args}
    end
  end

  defp control({c, width, adjust, precision, pad, _u}, args, _col) when c in [?f, ?e, ?g] do
    {x, args} = take(args)
    if not is_float(x), do: :erlang.error(:badarg)
    precision = if precision == :none, do: 6, else: precision
    if precision < 1, do: :erlang.error(:badarg)

    out =
      case c do
        ?f -> fixed(x, precision)
        ?e -> scientific(x, precision)
        ?g -> general(x, precision)
      end

    {term_field(out, width, adjust, pad), args}
  end

  defp control({c, width, adjust, precision, pad, _u}, args, _col) when c in [?b, ?B, ?x, ?X, ?#, ?+] do
    {n, args} = take(args)
    if not is_integer(n), do: :erlang.error(:badarg)
    base = if precision == :none, do: 10, else: precision
    if base < 2 or base > 36, do: :erlang.error(:badarg)
    digits = Integer.to_charlist(abs(n), base)
    lower = c in [?b, ?x, ?+]
    digits = if lower, do: Enum.map(digits, &lowercase/1), else: digits
    sign = if n < 0, do: ~c"-", else: []

    {prefix, args} =
      case c do
        c when c in [?x, ?X] ->
          {p, args} = take(args)
          {prefix_chars(p), args}

        c when c in [?#, ?+] ->
          {Integer.to_charlist(base) ++ ~c"#", args}

        _ ->
          {[], args}
      end

    {term_field(sign ++ prefix ++ digits, width, adjust, pad), args}
  end

  defp control(_spec, _args, _col), do: :erlang.error(:badarg)

  defp lowercase(c) when c in ?A..?Z, do: c + 32
  defp lowercase(c), do: c

  defp prefix_chars(p) when is_atom(p), do: Atom.to_charlist(p)
  defp prefix_chars(p) when is_binary(p), do: :erlang.binary_to_list(p)
  defp prefix_chars(p) when is_list(p), do: List.flatten(p)
  defp prefix_chars(_), do: :erlang.error(:badarg)

  defp string_arg(s, _unicode) when is_atom(s), do: Atom.to_charlist(s)
  defp string_arg(s, true) when is_binary(s), do: String.to_charlist(s)
  defp string_arg(s, false) when is_binary(s), do: :erlang.binary_to_list(s)

  defp string_arg(s, unicode) when is_list(s) do
    Enum.flat_map(s, fn
      c when is_integer(c) -> [c]
      other -> string_arg(other, unicode)
    end)
  end

  defp string_arg(_s, _unicode), do: :erlang.error(:badarg)

  # A string field: padded to the width (longer strings were cut before).
  defp field(chars, :none, _adjust, _pad), do: chars

  defp field(chars, width, adjust, pad) do
    n = length(chars)

    if n >= width do
      chars
    else
      padding = List.duplicate(pad, width - n)
      if adjust == :left, do: chars ++ padding, else: padding ++ chars
    end
  end

  # A number or term field: stars when it does not fit.
  defp term_field(chars, :none, _adjust, _pad), do: chars

  defp term_field(chars, width, adjust, pad) do
    if length(chars) > width, do: List.duplicate(?*, width), else: field(chars, width, adjust, pad)
  end

  # ---- floats (exact decimal rounding, half away from zero, as io_lib_format) ----

  defp fixed(x, precision) do
    {num, den} = Float.ratio(abs(x))
    scale = Integer.pow(10, precision)
    q = div(2 * num * scale + den, 2 * den)
    int = Integer.to_charlist(div(q, scale))
    frac = Integer.to_charlist(rem(q, scale)) |> pad_zeros(precision)
    sign(x) ++ int ++ ~c"." ++ frac
  end

  defp scientific(x, precision) do
    {num, den} = Float.ratio(abs(x))

    {digits, exp} =
      if num == 0 do
        {0, 0}
      else
        e = estimate_exponent(num, den)
        round_digits(num, den, e, precision)
      end

    ds = Integer.to_charlist(digits) |> pad_zeros(precision)
    [first | rest] = ds
    mantissa = if rest == [], do: [first, ?.], else: [first, ?. | rest]
    exp_chars = if exp < 0, do: [?- | Integer.to_charlist(-exp)], else: [?+ | Integer.to_charlist(exp)]
    sign(x) ++ mantissa ++ [?e | exp_chars]
  end

  # e such that 10^e <= num/den < 10^(e+1)
  defp estimate_exponent(num, den) do
    e = length(Integer.to_charlist(num)) - length(Integer.to_charlist(den))
    adjust_exponent(num, den, e)
  end

  defp adjust_exponent(num, den, e) do
    cond do
      ge_pow10?(num, den, e + 1) -> adjust_exponent(num, den, e + 1)
      not ge_pow10?(num, den, e) -> adjust_exponent(num, den, e - 1)
      true -> e
    end
  end

  defp ge_pow10?(num, den, e) when e >= 0, do: num >= den * Integer.pow(10, e)
  defp ge_pow10?(num, den, e), do: num * Integer.pow(10, -e) >= den

  # precision significant digits of num/den whose exponent is e, rounded half up
  defp round_digits(num, den, e, precision) do
    shift = precision - 1 - e
    {n, d} = if shift >= 0, do: {num * Integer.pow(10, shift), den}, else: {num, den * Integer.pow(10, -shift)}
    q = div(2 * n + d, 2 * d)
    if q >= Integer.pow(10, precision), do: {div(q, 10), e + 1}, else: {q, e}
  end

  defp general(x, precision) do
    a = abs(x)

    e =
      cond do
        a < 0.1 -> -2
        a < 1.0 -> -1
        a < 10.0 -> 0
        a < 100.0 -> 1
        a < 1000.0 -> 2
        a < 10000.0 -> 3
        a < 100_000.0 -> 4
        true -> :big
      end

    cond do
      e == :big -> scientific(x, precision)
      precision <= 1 and e == -1 -> fixed(x, precision - 1 - e)
      precision - 1 > e and e >= -1 -> fixed(x, precision - 1 - e)
      true -> scientific(x, precision)
    end
  end

  defp sign(x) do
    if x < 0 or (x == 0 and :erlang.float_to_binary(x) |> String.starts_with?("-")),
      do: ~c"-",
      else: []
  end

  defp pad_zeros(chars, n) when length(chars) >= n, do: chars
  defp pad_zeros(chars, n), do: List.duplicate(?0, n - length(chars)) ++ chars

  # ---- io_lib:write ----

  defp write_term(t) when is_list(t), do: [?[ | write_list(t)]

  defp write_term(t) when is_tuple(t) do
    [?{ | write_elements(Tuple.to_list(t), ?})]
  end

  defp write_term(t) when is_map(t) do
    pairs = Enum.map(Map.to_list(t), fn {k, v} -> [write_term(k), ~c" => ", write_term(v)] end)
    [?#, ?{ | write_elements_raw(pairs, ?})]
  end

  defp write_term(t) when is_binary(t) do
    case :erlang.binary_to_list(t) do
      [] -> ~c"<<>>"
      bytes -> [~c"<<", Enum.intersperse(Enum.map(bytes, &Integer.to_charlist/1), ?,), ~c">>"]
    end
  end

  defp write_term(t), do: leaf(t)

  defp write_list([]), do: ~c"]"
  defp write_list([h]), do: [write_term(h), ?]]
  defp write_list([h | t]) when is_list(t), do: [write_term(h), ?, | write_list(t)]
  defp write_list([h | t]), do: [write_term(h), ?|, write_term(t), ?]]

  defp write_elements([], close), do: [close]
  defp write_elements(items, close), do: write_elements_raw(Enum.map(items, &write_term/1), close)

  defp write_elements_raw([], close), do: [close]
  defp write_elements_raw(items, close), do: [Enum.intersperse(items, ?,), close]

  defp leaf(t) when is_atom(t), do: atom_chars(t)
  defp leaf(t) when is_integer(t), do: Integer.to_charlist(t)
  defp leaf(t) when is_float(t), do: String.to_charlist(Float.to_string(t))

  defp leaf(t) when is_pid(t) do
    "#PID" <> rest = inspect(t)
    String.to_charlist(rest)
  end

  defp leaf(t) when is_reference(t) do
    "#Reference" <> rest = inspect(t)
    String.to_charlist("#Ref" <> rest)
  end

  defp leaf(t) when is_function(t) do
    "#Function" <> rest = inspect(t)
    String.to_charlist("#Fun" <> rest)
  end

  defp leaf(t), do: String.to_charlist(inspect(t))

  @reserved ~w(after and andalso band begin bnot bor bsl bsr bxor case catch cond div end fun if let not of or orelse receive rem try when xor)

  defp atom_chars(atom) do
    name = Atom.to_string(atom)
    chars = String.to_charlist(name)

    bare =
      case chars do
        [c | rest] when c in ?a..?z ->
          Enum.all?(rest, fn ch -> ch in ?a..?z or ch in ?A..?Z or ch in ?0..?9 or ch in [?_, ?@] or (ch >= 0xDF and ch <= 0xFF and ch != 0xF7) or (ch >= 0xC0 and ch <= 0xDE and ch != 0xD7) end) and
            name not in @reserved

        _ ->
          false
      end

    if bare, do: chars, else: [?' | escape_string(chars, [?'], ?')]
  end

  defp escape_string(chars, tail, quote \\ ?") do
    Enum.flat_map(chars, fn
      ^quote -> [?\\, quote]
      ?\\ -> ~c"\\\\"
      ?\n -> ~c"\\n"
      ?\r -> ~c"\\r"
      ?\t -> ~c"\\t"
      ?\v -> ~c"\\v"
      ?\b -> ~c"\\b"
      ?\f -> ~c"\\f"
      ?\e -> ~c"\\e"
      127 -> ~c"\\d"
      c when c < 32 -> [?\\, ?^, c + 64]
      c -> [c]
    end) ++ tail
  end

  defp printable_char?(c) when is_integer(c) do
    (c >= 32 and c <= 126) or (c >= 160 and c <= 255) or c in [?\n, ?\r, ?\t, ?\v, ?\b, ?\f, ?\e]
  end

  defp printable_char?(_), do: false

  defp printable_latin1_list?([]), do: true
  defp printable_latin1_list?([c | rest]), do: printable_char?(c) and printable_latin1_list?(rest)
  defp printable_latin1_list?(_), do: false

  defp printable_unicode_list?([]), do: true

  defp printable_unicode_list?([c | rest]) when is_integer(c) do
    (printable_char?(c) or (c > 255 and c < 0xD800) or (c > 0xDFFF and c < 0xFFFE) or
       (c > 0xFFFF and c <= 0x10FFFF)) and printable_unicode_list?(rest)
  end

  defp printable_unicode_list?(_), do: false

  # ---- io_lib_pretty:print (no depth or character limits) ----
  #
  # The intermediate form: {kind, length} where kind is {:leaf, chars}, {:list, items, tail},
  # {:tuple, tagged?, items}, {:map, pairs} or {:pair, k, v}; tail is nil or an item.

  defp pretty(term, col, ll, unicode) do
    i = measure(term, unicode)
    {_, len} = i

    if len < ll - col do
      write_i(i)
    else
      tind =
        Enum.find_value([-1, 4], 1, fn ind ->
          try do
            cind(i, col, ll, len, ind, 0, 0)
          catch
            :no_good -> nil
          end
        end)

      pp(i, col, ll, len, tind, List.duplicate(?\s, col - 1), 0, 0)
    end
  end

  defp measure([], _u), do: {{:leaf, ~c"[]"}, 2}
  defp measure({}, _u), do: {{:leaf, ~c"{}"}, 2}
  defp measure(m, _u) when m == %{}, do: {{:leaf, ~c"#{}"}, 3}
  defp measure("", _u), do: {{:leaf, ~c"<<>>"}, 4}

  defp measure(list, u) when is_list(list) do
    if printable_latin1_list?(list) do
      s = [?" | escape_string(list, [?"])]
      {{:leaf, s}, length(s)}
    else
      {items, tail} = measure_list(list, u, [])
      len = list_length(items, 2) + if(tail == nil, do: 0, else: 1 + elem(tail, 1))
      {{:list, items, tail}, len}
    end
  end

  defp measure(t, u) when is_tuple(t) do
    items = Enum.map(Tuple.to_list(t), &measure(&1, u))
    tagged = is_atom(elem(t, 0)) and tuple_size(t) > 1
    {{:tuple, tagged, items}, list_length(items, 2)}
  end

  defp measure(m, u) when is_map(m) do
    pairs =
      Enum.map(Map.to_list(m), fn {k, v} ->
        {_, kl} = ki = measure(k, u)
        {_, vl} = vi = measure(v, u)
        {{:pair, ki, vi}, kl + 4 + vl}
      end)

    {{:map, pairs}, list_length(pairs, 3)}
  end

  defp measure(b, u) when is_binary(b) do
    bytes = :erlang.binary_to_list(b)

    s =
      cond do
        u and String.valid?(b) ->
          cps = String.to_charlist(b)

          cond do
            not printable_latin1_list?(cps) -> write_term(b)
            cps == bytes -> [~c"<<\"", escape_string(bytes, []), ~c"\">>"]
            true -> [~c"<<\"", escape_string(cps, []), ~c"\"/utf8>>"]
          end

        Enum.all?(bytes, &printable_char?/1) ->
          [~c"<<\"", escape_string(bytes, []), ~c"\">>"]

        true ->
          write_term(b)
      end

    s = List.flatten(s)
    {{:leaf, s}, length(s)}
  end

  defp measure(t, _u) do
    s = List.flatten(leaf(t))
    {{:leaf, s}, length(s)}
  end

  defp measure_list([], _u, acc), do: {:lists.reverse(acc), nil}
  defp measure_list([h | t], u, acc), do: measure_list(t, u, [measure(h, u) | acc])
  defp measure_list(tail, u, acc), do: {:lists.reverse(acc), measure(tail, u)}

  defp list_length([], acc), do: acc

  defp list_length([{_, l} | rest], acc) do
    Enum.reduce(rest, acc + l, fn {_, l2}, a -> a + 1 + l2 end)
  end

  defp atomic?({{:leaf, _}, _}), do: true
  defp atomic?(_), do: false

  defp atomic_pair?({{:pair, k, v}, _}), do: atomic?(k) and atomic?(v)

  defp write_i({{:leaf, s}, _}), do: s

  defp write_i({{:list, items, tail}, _}) do
    inner = Enum.intersperse(Enum.map(items, &write_i/1), ?,)
    [?[, inner, if(tail == nil, do: [], else: [?| | write_i(tail)]), ?]]
  end

  defp write_i({{:tuple, _, items}, _}), do: [?{, Enum.intersperse(Enum.map(items, &write_i/1), ?,), ?}]
  defp write_i({{:map, pairs}, _}), do: [?#, ?{, Enum.intersperse(Enum.map(pairs, &write_i/1), ?,), ?}]
  defp write_i({{:pair, k, v}, _}), do: [write_i(k), ~c" => ", write_i(v)]

  defp fits?({_, len}, col, ll, m, ld, w), do: len < ll - col - ld and len + w + ld <= m

  defp pp(i, col, ll, m, tind, ind, ld, w) do
    if fits?(i, col, ll, m, ld, w) do
      write_i(i)
    else
      pp_big(i, col, ll, m, tind, ind, ld, w)
    end
  end

  defp pp_big({{:list, items, tail}, _}, col, ll, m, tind, ind, ld, w) do
    [?[, pp_list(items, tail, col + 1, ll, m, tind, [?\s | ind], ld, ?|, w + 1), ?]]
  end

  defp pp_big({{:tuple, true, items}, _}, col, ll, m, tind, ind, ld, w) do
    [?{, pp_tag_tuple(items, col, ll, m, tind, ind, ld, w + 1), ?}]
  end

  defp pp_big({{:tuple, false, items}, _}, col, ll, m, tind, ind, ld, w) do
    [?{, pp_list(items, nil, col + 1, ll, m, tind, [?\s | ind], ld, ?,, w + 1), ?}]
  end

  defp pp_big({{:map, pairs}, _}, col, ll, m, tind, ind, ld, w) do
    [?#, ?{, pp_map(pairs, col + 2, ll, m, tind, [?\s, ?\s | ind], ld, w + 1), ?}]
  end

  defp pp_big(i, _col, _ll, _m, _tind, _ind, _ld, _w), do: write_i(i)

  defp pp_tag_tuple([{_, tlen} = tag | rest], col, ll, m, tind, ind, ld, w) do
    tag_ind = tlen + 2
    tcol = col + tag_ind

    if tind > 0 and tag_ind > tind do
      col1 = col + tind
      indent = List.duplicate(?\s, tind) ++ ind
      [write_i(tag) | pp_tail(rest, nil, col1, tcol, ll, m, tind, indent, ld, ?,, w + tlen)]
    else
      indent = List.duplicate(?\s, tag_ind) ++ ind
      [write_i(tag), ?, | pp_list(rest, nil, tcol, ll, m, tind, indent, ld, ?,, w + tlen + 1)]
    end
  end

  defp pp_map([p | ps], col, ll, m, tind, ind, ld, w) do
    {s, pw} = pp_pair(p, col, ll, m, tind, ind, last_depth(ps, ld), w)
    [s | pp_pairs_tail(ps, col, col + pw, ll, m, tind, ind, ld, pw)]
  end

  defp pp_pairs_tail([], _col0, _col, _ll, _m, _tind, _ind, _ld, _w), do: []

  defp pp_pairs_tail([{_, len} = p | ps], col0, col, ll, m, tind, ind, ld, w) do
    ld1 = last_depth(ps, ld)
    elen = 1 + len

    if same_line?(elen, col, ll, m, ld1, w) and atomic_pair?(p) do
      [?,, write_i(p) | pp_pairs_tail(ps, col0, col + elen, ll, m, tind, ind, ld, w + elen)]
    else
      {s, pw} = pp_pair(p, col0, ll, m, tind, ind, ld1, 0)
      [?,, ?\n, ind, s | pp_pairs_tail(ps, col0, col0 + pw, ll, m, tind, ind, ld, pw)]
    end
  end

  defp pp_pair({{:pair, k, v}, len} = p, col, ll, m, tind, ind, ld, w) do
    if fits?(p, col, ll, m, ld, w) do
      {write_i(p), if(atomic_pair?(p), do: len, else: ll)}
    else
      i = map_value_indent(tind)
      ind2 = List.duplicate(?\s, i) ++ ind
      {[pp(k, col, ll, m, tind, ind, ld, w), ~c" =>\n", ind2 | pp(v, col + i, ll, m, tind, ind2, ld, 0)], ll}
    end
  end

  defp map_value_indent(tind) when tind > 0, do: tind
  defp map_value_indent(_), do: 4

  defp same_line?(elen, col, ll, m, ld1, w) do
    (ld1 == 0 and elen + 1 < ll - col and w + elen + 1 <= m) or
      (ld1 > 0 and elen < ll - col - ld1 and w + elen + ld1 <= m)
  end

  defp pp_list([], nil, _col0, _ll, _m, _tind, _ind, _ld, _s, _w), do: []

  defp pp_list([e | es], tail, col0, ll, m, tind, ind, ld, s, w) do
    {es_out, we} = pp_element(e, col0, ll, m, tind, ind, last_depth(es, tail, ld), w)
    [es_out | pp_tail(es, tail, col0, col0 + we, ll, m, tind, ind, ld, s, w + we)]
  end

  defp pp_tail([], nil, _col0, _col, _ll, _m, _tind, _ind, _ld, _s, _w), do: []

  defp pp_tail([], {_, len} = e, col0, col, ll, m, tind, ind, ld, s, w) do
    if len + 1 < ll - col - (ld + 1) and len + 1 + w + (ld + 1) <= m and atomic?(e) do
      [s | write_i(e)]
    else
      [s, ?\n, ind | pp(e, col0, ll, m, tind, ind, ld + 1, 0)]
    end
  end

  defp pp_tail([{_, len} = e | es], tail, col0, col, ll, m, tind, ind, ld, s, w) do
    ld1 = last_depth(es, tail, ld)
    elen = 1 + len

    if same_line?(elen, col, ll, m, ld1, w) and atomic?(e) do
      [?,, write_i(e) | pp_tail(es, tail, col0, col + elen, ll, m, tind, ind, ld, s, w + elen)]
    else
      {es_out, we} = pp_element(e, col0, ll, m, tind, ind, ld1, 0)
      [?,, ?\n, ind, es_out | pp_tail(es, tail, col0, col0 + we, ll, m, tind, ind, ld, s, we)]
    end
  end

  defp pp_element({_, len} = e, col, ll, m, tind, ind, ld, w) do
    if len < ll - col - ld and len + w + ld <= m and atomic?(e) do
      {write_i(e), len}
    else
      {pp(e, col, ll, m, tind, ind, ld, w), ll}
    end
  end

  defp last_depth(rest, ld), do: last_depth(rest, nil, ld)
  defp last_depth([_ | _], _tail, _ld), do: 0
  defp last_depth([], _tail, ld), do: ld + 1

  # ---- the indentation of tagged tuples (io_lib_pretty's cind) ----

  defp cind(i, col, ll, m, ind, ld, w) do
    if fits?(i, col, ll, m, ld, w), do: ind, else: cind_big(i, col, ll, m, ind, ld, w)
  end

  defp cind_big({{:list, items, tail}, _}, col, ll, m, ind, ld, w),
    do: cind_list(items, tail, col + 1, ll, m, ind, ld, w + 1)

  defp cind_big({{:tuple, true, items}, _}, col, ll, m, ind, ld, w),
    do: cind_tag_tuple(items, col, ll, m, ind, ld, w + 1)

  defp cind_big({{:tuple, false, items}, _}, col, ll, m, ind, ld, w),
    do: cind_list(items, nil, col + 1, ll, m, ind, ld, w + 1)

  defp cind_big({{:map, pairs}, _}, col, ll, m, ind, ld, w),
    do: cind_map(pairs, col + 2, ll, m, ind, ld, w + 2)

  defp cind_big(_i, _col, _ll, _m, ind, _ld, _w), do: ind

  defp cind_tag_tuple([{_, tlen} | rest], col, ll, m, ind, ld, w) do
    tag_ind = tlen + 2
    tcol = col + tag_ind

    cond do
      ind > 0 and tag_ind > ind ->
        col1 = col + ind

        if m + col1 <= ll or col1 <= div(ll, 2),
          do: cind_tail(rest, nil, col1, tcol, ll, m, ind, ld, w + tlen),
          else: throw(:no_good)

      m + tcol < ll or tcol < div(ll, 2) ->
        cind_list(rest, nil, tcol, ll, m, ind, ld, w + tlen + 1)

      true ->
        throw(:no_good)
    end
  end

  defp cind_map([p | ps], col, ll, m, ind, ld, w) do
    pw = cind_pair(p, col, ll, m, ind, last_depth(ps, ld), w)
    cind_pairs_tail(ps, col, col + pw, ll, m, ind, ld, w + pw)
  end

  defp cind_pairs_tail([], _col0, _col, _ll, _m, ind, _ld, _w), do: ind

  defp cind_pairs_tail([{_, len} = p | ps], col0, col, ll, m, ind, ld, w) do
    ld1 = last_depth(ps, ld)
    elen = 1 + len

    if same_line?(elen, col, ll, m, ld1, w) and atomic_pair?(p) do
      cind_pairs_tail(ps, col0, col + elen, ll, m, ind, ld, w + elen)
    else
      pw = cind_pair(p, col0, ll, m, ind, ld1, 0)
      cind_pairs_tail(ps, col0, col0 + pw, ll, m, ind, ld, pw)
    end
  end

  defp cind_pair({{:pair, k, v}, len} = p, col, ll, m, ind, ld, w) do
    if fits?(p, col, ll, m, ld, w) do
      if atomic_pair?(p), do: len, else: ll
    else
      cind(k, col, ll, m, ind, ld, w)
      cind(v, col + map_value_indent(ind), ll, m, ind, ld, 0)
      ll
    end
  end

  defp cind_list([], nil, _col0, _ll, _m, ind, _ld, _w), do: ind

  defp cind_list([e | es], tail, col0, ll, m, ind, ld, w) do
    we = cind_element(e, col0, ll, m, ind, last_depth(es, tail, ld), w)
    cind_tail(es, tail, col0, col0 + we, ll, m, ind, ld, w + we)
  end

  defp cind_tail([], nil, _col0, _col, _ll, _m, ind, _ld, _w), do: ind

  defp cind_tail([], {_, len} = e, _col0, col, ll, m, ind, ld, w) do
    if len + 1 < ll - col - (ld + 1) and len + 1 + w + (ld + 1) <= m and atomic?(e),
      do: ind,
      else: cind(e, col, ll, m, ind, ld + 1, 0)
  end

  defp cind_tail([{_, len} = e | es], tail, col0, col, ll, m, ind, ld, w) do
    ld1 = last_depth(es, tail, ld)
    elen = 1 + len

    if same_line?(elen, col, ll, m, ld1, w) and atomic?(e) do
      cind_tail(es, tail, col0, col + elen, ll, m, ind, ld, w + elen)
    else
      we = cind_element(e, col0, ll, m, ind, ld1, 0)
      cind_tail(es, tail, col0, col0 + we, ll, m, ind, ld, we)
    end
  end

  defp cind_element({_, len} = e, col, ll, m, ind, ld, w) do
    if len < ll - col - ld and len + w + ld <= m and atomic?(e) do
      len
    else
      cind(e, col, ll, m, ind, ld, w)
      ll
    end
  end
end
