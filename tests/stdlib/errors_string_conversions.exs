# RUN: %athanor run %s | FileCheck --match-full-lines %s
# String conversions without guards fail in the BIF under them (ArgumentError, "not a
# binary"); List.to_atom of a non-list says "not a list"; Exception.format_banner/format
# use a user exception's own message/1.
defmodule MyErr do
  defexception [:code]
  def message(e), do: "failed with code #{e.code}"
end

for f <- [
      fn -> String.to_atom(123) end,
      fn -> String.to_atom(nil) end,
      fn -> String.to_existing_atom(nil) end,
      fn -> String.to_integer(nil) end,
      fn -> String.to_integer(nil, 16) end,
      fn -> String.to_float(nil) end,
      fn -> String.split(nil) end,
      fn -> List.to_atom(:a) end,
      fn -> List.to_existing_atom("a") end,
      fn -> List.to_atom([-1]) end,
      fn -> String.to_charlist(nil) end
    ] do
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{inspect(Exception.message(e))}")
  end
end

IO.puts Exception.format_banner(:error, MyErr.exception(code: 7))
IO.puts Exception.format(:error, MyErr.exception(code: 8))
IO.puts Exception.format_banner(:error, :badarith)
IO.puts Exception.format_banner(:error, %RuntimeError{message: "plain"})
IO.puts Exception.format_banner(:throw, :ball)
IO.puts Exception.format_banner(:exit, :normal)
IO.inspect :unicode.characters_to_nfd_binary("é") |> byte_size()
IO.inspect :unicode.characters_to_nfc_binary("e\u0301") |> byte_size()
IO.inspect :unicode.characters_to_nfkc_binary("ﬁ")
IO.inspect :unicode.characters_to_nfd_list("é")
IO.inspect :binary.encode_hex(<<1, 171, 255>>)
IO.inspect :binary.decode_hex("01abFF")

# CHECK: ArgumentError: "errors were found at the given arguments:\n\n  * 1st argument: not a binary\n"
# CHECK-NEXT: ArgumentError: "errors were found at the given arguments:\n\n  * 1st argument: not a binary\n"
# CHECK-NEXT: ArgumentError: "errors were found at the given arguments:\n\n  * 1st argument: not a binary\n"
# CHECK-NEXT: ArgumentError: "errors were found at the given arguments:\n\n  * 1st argument: not a binary\n"
# CHECK-NEXT: ArgumentError: "errors were found at the given arguments:\n\n  * 1st argument: not a binary\n"
# CHECK-NEXT: ArgumentError: "errors were found at the given arguments:\n\n  * 1st argument: not a binary\n"
# CHECK-NEXT: ArgumentError: "errors were found at the given arguments:\n\n  * 1st argument: not a binary\n"
# CHECK-NEXT: ArgumentError: "errors were found at the given arguments:\n\n  * 1st argument: not a list\n"
# CHECK-NEXT: ArgumentError: "errors were found at the given arguments:\n\n  * 1st argument: not a list\n"
# CHECK-NEXT: ArgumentError: "errors were found at the given arguments:\n\n  * 1st argument: not a list of characters\n"
# CHECK-NEXT: FunctionClauseError: "no function clause matching in String.to_charlist/1"
# CHECK-NEXT: ** (MyErr) failed with code 7
# CHECK-NEXT: ** (MyErr) failed with code 8
# CHECK-NEXT: ** (ArithmeticError) bad argument in arithmetic expression
# CHECK-NEXT: ** (RuntimeError) plain
# CHECK-NEXT: ** (throw) :ball
# CHECK-NEXT: ** (exit) normal
# CHECK-NEXT: 3
# CHECK-NEXT: 2
# CHECK-NEXT: "fi"
# CHECK-NEXT: [101, 769]
# CHECK-NEXT: "01ABFF"
# CHECK-NEXT: <<1, 171, 255>>
