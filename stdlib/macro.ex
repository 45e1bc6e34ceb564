# Macro: only the string case conversions programs use outside macros, underscore/1 and
# camelize/1 (ASCII only, like Elixir's). Quoting, expansion and the AST helpers do not
# exist: Athanor has no user macros.
defmodule Macro do
  # "HTTPServer.MyApp" -> "http_server/my_app": an underscore before an uppercase letter
  # that starts a word (after a lowercase letter or digit, or before a lowercase letter
  # inside a run of capitals); "." becomes "/".
  def underscore(atom) when is_atom(atom) do
    case Atom.to_string(atom) do
      "Elixir." <> rest -> underscore(rest)
      name -> underscore(name)
    end
  end

  def underscore(""), do: ""
  def underscore(<<first, rest::binary>>), do: <<lower(first)>> <> underscore_rest(rest, first)

  defp underscore_rest(<<c, next, rest::binary>>, _prev)
       when c in ?A..?Z and next not in ?A..?Z and next not in ?0..?9 and next != ?. and next != ?_,
       do: <<?_, lower(c), next>> <> underscore_rest(rest, next)

  defp underscore_rest(<<c, rest::binary>>, prev) when c in ?A..?Z and prev not in ?A..?Z and prev != ?_,
    do: <<?_, lower(c)>> <> underscore_rest(rest, c)

  defp underscore_rest(<<?., rest::binary>>, _prev), do: "/" <> underscore(rest)
  defp underscore_rest(<<c, rest::binary>>, _prev), do: <<lower(c)>> <> underscore_rest(rest, c)
  defp underscore_rest(<<>>, _prev), do: ""

  # "my_app/http_server" -> "MyApp.HttpServer": each word after "_" capitalized (a digit
  # after "_" stays), "_" dropped, "/" becomes ".".
  def camelize(""), do: ""
  def camelize(<<?_, rest::binary>>), do: camelize(rest)
  def camelize(<<first, rest::binary>>), do: <<upper(first)>> <> camelize_rest(rest)

  defp camelize_rest(<<?_, ?_, rest::binary>>), do: camelize_rest("_" <> rest)
  defp camelize_rest(<<?_, c, rest::binary>>) when c in ?a..?z, do: <<upper(c)>> <> camelize_rest(rest)
  defp camelize_rest(<<?_, c, rest::binary>>) when c in ?0..?9, do: <<c>> <> camelize_rest(rest)
  defp camelize_rest(<<?_>>), do: ""
  defp camelize_rest(<<?/, rest::binary>>), do: "." <> camelize(rest)
  defp camelize_rest(<<c, rest::binary>>), do: <<c>> <> camelize_rest(rest)
  defp camelize_rest(<<>>), do: ""

  defp lower(c) when c in ?A..?Z, do: c + 32
  defp lower(c), do: c
  defp upper(c) when c in ?a..?z, do: c - 32
  defp upper(c), do: c
end
