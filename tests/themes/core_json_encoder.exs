# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule JSON do
  def encode(nil), do: "null"
  def encode(true), do: "true"
  def encode(false), do: "false"
  def encode(n) when is_integer(n), do: Integer.to_string(n)
  def encode(f) when is_float(f), do: Float.to_string(f)
  def encode(a) when is_atom(a), do: encode(Atom.to_string(a))
  def encode(s) when is_binary(s), do: "\"" <> escape(s) <> "\""
  def encode(l) when is_list(l) do
    if Keyword.keyword?(l) and l != [] do
      encode(Map.new(l))
    else
      "[" <> Enum.map_join(l, ",", &encode/1) <> "]"
    end
  end
  def encode(%{} = m) do
    body =
      m
      |> Enum.sort_by(fn {k, _} -> to_string(k) end)
      |> Enum.map_join(",", fn {k, v} -> encode(to_string(k)) <> ":" <> encode(v) end)
    "{" <> body <> "}"
  end
  def encode(t) when is_tuple(t), do: encode(Tuple.to_list(t))

  defp escape(s) do
    s
    |> String.replace("\\", "\\\\")
    |> String.replace("\"", "\\\"")
    |> String.replace("\n", "\\n")
    |> String.replace("\t", "\\t")
  end

  # a tiny decoder for flat arrays of integers and strings
  def decode_array("[" <> rest), do: rest |> String.trim_trailing("]") |> split_items()
  defp split_items(""), do: []
  defp split_items(s) do
    s
    |> String.split(",")
    |> Enum.map(&String.trim/1)
    |> Enum.map(fn
      "\"" <> str -> String.trim_trailing(str, "\"")
      "null" -> nil
      num -> case Integer.parse(num) do
        {n, ""} -> n
        _ -> {:bad, num}
      end
    end)
  end
end

IO.puts(JSON.encode(%{name: "Ann", age: 33, tags: ["a", "b"], admin: false, manager: nil}))
IO.puts(JSON.encode([1, 2.5, "three", :four, [5, [6]], {7, 8}]))
IO.puts(JSON.encode(%{"nested" => %{"deep" => %{"deeper" => [%{}]}}, "list" => []}))
IO.puts(JSON.encode("quote \" backslash \\ newline \n tab \t end"))
IO.puts(JSON.encode([a: 1, b: [c: 2]]))
IO.puts(JSON.encode(1.0e20))
IO.puts(JSON.encode(%{1 => :one, 2 => :two}))
IO.inspect(JSON.decode_array("[1, 2, \"x\", null, 3.5]"))
IO.inspect(JSON.decode_array("[]"))

# CHECK: {"admin":false,"age":33,"manager":null,"name":"Ann","tags":["a","b"]}
# CHECK-NEXT: [1,2.5,"three","four",[5,[6]],[7,8]]
# CHECK-NEXT: {"list":[],"nested":{"deep":{"deeper":[{}]}}}
# CHECK-NEXT: "quote \" backslash \\ newline \n tab \t end"
# CHECK-NEXT: {"a":1,"b":{"c":2}}
# CHECK-NEXT: 1.0e20
# CHECK-NEXT: {"1":"one","2":"two"}
# CHECK-NEXT: [1, 2, "x", nil, {:bad, "3.5"}]
# CHECK-NEXT: []
