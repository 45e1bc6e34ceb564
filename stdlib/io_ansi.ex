# IO.ANSI: ANSI escape sequences. enabled?/0 is false (Athanor does not look at whether
# standard output is a terminal; Elixir's answer for a pipe is false as well).
defmodule IO.ANSI do
  @codes [
    reset: 0, bright: 1, faint: 2, italic: 3, underline: 4, blink_slow: 5, blink_rapid: 6,
    inverse: 7, reverse: 7, conceal: 8, crossed_out: 9, primary_font: 10, font_1: 11,
    font_2: 12, font_3: 13, font_4: 14, font_5: 15, font_6: 16, font_7: 17, font_8: 18,
    font_9: 19, normal: 22, not_italic: 23, no_underline: 24, blink_off: 25, inverse_off: 27,
    reverse_off: 27, black: 30, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35,
    cyan: 36, white: 37, default_color: 39, black_background: 40, red_background: 41,
    green_background: 42, yellow_background: 43, blue_background: 44,
    magenta_background: 45, cyan_background: 46, white_background: 47,
    default_background: 49, framed: 51, encircled: 52, overlined: 53,
    not_framed_encircled: 54, not_overlined: 55, light_black: 90, light_red: 91,
    light_green: 92, light_yellow: 93, light_blue: 94, light_magenta: 95, light_cyan: 96,
    light_white: 97, light_black_background: 100, light_red_background: 101,
    light_green_background: 102, light_yellow_background: 103, light_blue_background: 104,
    light_magenta_background: 105, light_cyan_background: 106, light_white_background: 107
  ]

  def enabled?(), do: false

  def syntax_colors() do
    [
      atom: :cyan,
      binary: :default_color,
      boolean: :magenta,
      charlist: :yellow,
      list: :default_color,
      map: :default_color,
      nil: :magenta,
      number: :yellow,
      string: :green,
      tuple: :default_color
    ]
  end

  def reset(), do: sgr(0)
  def bright(), do: sgr(1)
  def faint(), do: sgr(2)
  def italic(), do: sgr(3)
  def underline(), do: sgr(4)
  def blink_slow(), do: sgr(5)
  def blink_rapid(), do: sgr(6)
  def inverse(), do: sgr(7)
  def reverse(), do: sgr(7)
  def conceal(), do: sgr(8)
  def crossed_out(), do: sgr(9)
  def primary_font(), do: sgr(10)
  def font_1(), do: sgr(11)
  def font_2(), do: sgr(12)
  def font_3(), do: sgr(13)
  def font_4(), do: sgr(14)
  def font_5(), do: sgr(15)
  def font_6(), do: sgr(16)
  def font_7(), do: sgr(17)
  def font_8(), do: sgr(18)
  def font_9(), do: sgr(19)
  def normal(), do: sgr(22)
  def not_italic(), do: sgr(23)
  def no_underline(), do: sgr(24)
  def blink_off(), do: sgr(25)
  def inverse_off(), do: sgr(27)
  def reverse_off(), do: sgr(27)
  def black(), do: sgr(30)
  def red(), do: sgr(31)
  def green(), do: sgr(32)
  def yellow(), do: sgr(33)
  def blue(), do: sgr(34)
  def magenta(), do: sgr(35)
  def cyan(), do: sgr(36)
  def white(), do: sgr(37)
  def default_color(), do: sgr(39)
  def black_background(), do: sgr(40)
  def red_background(), do: sgr(41)
  def green_background(), do: sgr(42)
  def yellow_background(), do: sgr(43)
  def blue_background(), do: sgr(44)
  def magenta_background(), do: sgr(45)
  def cyan_background(), do: sgr(46)
  def white_background(), do: sgr(47)
  def default_background(), do: sgr(49)
  def framed(), do: sgr(51)
  def encircled(), do: sgr(52)
  def overlined(), do: sgr(53)
  def not_framed_encircled(), do: sgr(54)
  def not_overlined(), do: sgr(55)
  def light_black(), do: sgr(90)
  def light_red(), do: sgr(91)
  def light_green(), do: sgr(92)
  def light_yellow(), do: sgr(93)
  def light_blue(), do: sgr(94)
  def light_magenta(), do: sgr(95)
  def light_cyan(), do: sgr(96)
  def light_white(), do: sgr(97)
  def light_black_background(), do: sgr(100)
  def light_red_background(), do: sgr(101)
  def light_green_background(), do: sgr(102)
  def light_yellow_background(), do: sgr(103)
  def light_blue_background(), do: sgr(104)
  def light_magenta_background(), do: sgr(105)
  def light_cyan_background(), do: sgr(106)
  def light_white_background(), do: sgr(107)

  def clear(), do: "\e[2J"
  def clear_line(), do: "\e[2K"
  def home(), do: "\e[H"

  def color(code) when is_integer(code) and code >= 0 and code <= 255,
    do: "\e[38;5;#{code}m"

  def color(r, g, b) when r in 0..5 and g in 0..5 and b in 0..5, do: color(16 + 36 * r + 6 * g + b)

  def color_background(code) when is_integer(code) and code >= 0 and code <= 255,
    do: "\e[48;5;#{code}m"

  def color_background(r, g, b) when r in 0..5 and g in 0..5 and b in 0..5,
    do: color_background(16 + 36 * r + 6 * g + b)

  def cursor(line, column) when is_integer(line) and is_integer(column),
    do: "\e[#{line};#{column}H"

  def cursor_up(lines \\ 1) when is_integer(lines), do: "\e[#{lines}A"
  def cursor_down(lines \\ 1) when is_integer(lines), do: "\e[#{lines}B"
  def cursor_right(columns \\ 1) when is_integer(columns), do: "\e[#{columns}C"
  def cursor_left(columns \\ 1) when is_integer(columns), do: "\e[#{columns}D"

  defp sgr(n), do: "\e[" <> Integer.to_string(n) <> "m"

  # format/2 walks the chardata, turning ANSI atoms into escape sequences (or dropping them
  # when emit? is false), and appends a reset when it emitted any.
  def format(chardata, emit? \\ enabled?()) when is_boolean(emit?) do
    {acc, seen} = walk(chardata, [], false, emit?)
    if emit? and seen, do: [acc | sgr(0)], else: acc
  end

  def format_fragment(chardata, emit? \\ enabled?()) when is_boolean(emit?) do
    {acc, _seen} = walk(chardata, [], false, emit?)
    acc
  end

  defp walk([h | t], acc, seen, emit?) do
    {acc, seen} = walk(h, acc, seen, emit?)
    walk(t, acc, seen, emit?)
  end

  defp walk([], acc, seen, _emit?), do: {acc, seen}
  defp walk(atom, acc, _seen, true) when is_atom(atom), do: {[acc | code(atom)], true}

  defp walk(atom, acc, _seen, false) when is_atom(atom) do
    code(atom)
    {acc, true}
  end

  defp walk(other, acc, seen, _emit?), do: {[acc, other], seen}

  defp code(atom) do
    case :lists.keyfind(atom, 1, @codes) do
      {_, n} -> sgr(n)
      false -> raise ArgumentError, "invalid ANSI sequence specification: #{inspect(atom)}"
    end
  end
end
