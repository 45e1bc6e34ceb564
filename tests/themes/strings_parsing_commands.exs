# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Cmd do
  def parse(line) do
    case String.split(String.trim(line), " ", parts: 3) do
      ["SET", key, value] -> {:set, key, parse_value(value)}
      ["GET", key] -> {:get, key}
      ["DEL", key] -> {:del, key}
      ["INCR", key] -> {:incr, key, 1}
      ["INCR", key, n] -> {:incr, key, String.to_integer(n)}
      ["LIST"] -> :list
      [""] -> :noop
      [cmd | _] -> {:error, "unknown command #{String.downcase(cmd)}"}
    end
  end
  defp parse_value("\"" <> rest), do: String.trim_trailing(rest, "\"")
  defp parse_value(v) do
    cond do
      v =~ "." -> case Float.parse(v) do
        {f, ""} -> f
        _ -> v
      end
      true -> case Integer.parse(v) do
        {i, ""} -> i
        _ -> v
      end
    end
  end
  def exec(:noop, db), do: {nil, db}
  def exec({:set, k, v}, db), do: {"OK", Map.put(db, k, v)}
  def exec({:get, k}, db), do: {Map.get(db, k, "(nil)"), db}
  def exec({:del, k}, db), do: {if(Map.has_key?(db, k), do: "1", else: "0"), Map.delete(db, k)}
  def exec({:incr, k, n}, db) do
    case Map.get(db, k, 0) do
      v when is_integer(v) -> {v + n, Map.put(db, k, v + n)}
      _ -> {"ERR not an integer", db}
    end
  end
  def exec(:list, db), do: {db |> Map.keys() |> Enum.sort() |> Enum.join(","), db}
  def exec({:error, msg}, db), do: {"ERR " <> msg, db}
end
script = """
SET name "Ada Lovelace"
SET age 36
SET pi 3.14159
GET name
INCR age
INCR age 10
INCR name
GET missing

LIST
DEL pi
DEL pi
FLY away
LIST
"""
{outputs, db} =
  script
  |> String.split("\n")
  |> Enum.map_reduce(%{}, fn line, db ->
    {out, db2} = line |> Cmd.parse() |> Cmd.exec(db)
    {{line, out}, db2}
  end)
for {line, out} <- outputs, out != nil, do: IO.puts(String.pad_trailing("> " <> line, 28) <> to_string(out))
IO.inspect(db)
IO.inspect(Cmd.parse("SET x 1.5.6"))
IO.inspect(Cmd.parse("SET y 12abc"))
IO.inspect(Cmd.parse("   GET   spaced  "))

# CHECK: > SET name "Ada Lovelace"   OK
# CHECK-NEXT: > SET age 36                OK
# CHECK-NEXT: > SET pi 3.14159            OK
# CHECK-NEXT: > GET name                  Ada Lovelace
# CHECK-NEXT: > INCR age                  37
# CHECK-NEXT: > INCR age 10               47
# CHECK-NEXT: > INCR name                 ERR not an integer
# CHECK-NEXT: > GET missing               (nil)
# CHECK-NEXT: > LIST                      age,name,pi
# CHECK-NEXT: > DEL pi                    1
# CHECK-NEXT: > DEL pi                    0
# CHECK-NEXT: > FLY away                  ERR unknown command fly
# CHECK-NEXT: > LIST                      age,name
# CHECK-NEXT: %{"age" => 47, "name" => "Ada Lovelace"}
# CHECK-NEXT: {:set, "x", "1.5.6"}
# CHECK-NEXT: {:set, "y", "12abc"}
# CHECK-NEXT: {:error, "unknown command get"}
