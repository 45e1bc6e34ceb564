# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: test -s %t.err
# RUN: not test -s %t.out
# Must be rejected: normalize/1 is not defined (only normalise/1 exists).
defmodule Words do
  def count(text) do
    text
    |> String.split()
    |> Enum.map(&normalize/1)
    |> Enum.frequencies()
  end

  defp normalise(word), do: String.downcase(word)
end

IO.puts("counting")
IO.inspect(Words.count("a b A"))
