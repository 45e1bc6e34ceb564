# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: test -s %t.err
# RUN: not test -s %t.out
# Must be rejected: format/3 is called but only format/2 exists.
defmodule Fmt do
  def line(name, value), do: format(name, value, 10)
  defp format(name, value), do: String.pad_trailing(name, 10) <> to_string(value)
end

IO.puts("report")
IO.puts(Fmt.line("total", 42))
