# Functions the compiler's expansions of Elixir's built-in macros call (compiler/core):
# not part of any public Elixir API.
defmodule Athanor.CompilerSupport do
  # destructure(left, right): `right` padded with nil, or cut, to `n` elements.
  def destructure(nil, n), do: :lists.duplicate(n, nil)
  def destructure(list, n) when is_list(list), do: take_or_pad(list, n)

  defp take_or_pad(_list, 0), do: []
  defp take_or_pad([h | t], n), do: [h | take_or_pad(t, n - 1)]
  defp take_or_pad([], n), do: :lists.duplicate(n, nil)
end
