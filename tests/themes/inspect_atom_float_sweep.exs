# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule P do
  def p(label, f) do
    try do
      IO.puts(label <> " => " <> inspect(f.()))
    rescue
      e -> IO.puts(label <> " !! " <> inspect(e.__struct__) <> ": " <> Exception.message(e))
    catch
      k, v -> IO.puts(label <> " ** " <> inspect({k, v}))
    end
  end
end
P.p("\"\#{[1, [2, 3]]}\"", fn -> "#{[1, [2, 3]]}" end)
P.p("\"\#{[?a, \"bc\"]}\"", fn -> "#{[?a, "bc"]}" end)
P.p("\"\#{1.0e-7}\"", fn -> "#{1.0e-7}" end)
P.p("\"\#{-0.0}\"", fn -> "#{-0.0}" end)
P.p("\"\#{:\"a b\"}\"", fn -> "#{:"a b"}" end)
P.p("\"\#{nil}x\"", fn -> "#{nil}x" end)
P.p("\"\#{true}\"", fn -> "#{true}" end)
P.p("\"\#{Foo}\"", fn -> "#{Foo}" end)
P.p("\"\#{\"é\"}\"", fn -> "#{"é"}" end)
P.p("\"\#{[]}\"", fn -> "#{[]}" end)
P.p("\"\#{''}\"", fn -> "#{''}" end)
P.p("\"\#{1..3}\"", fn -> "#{1..3}" end)
P.p("\"\#{{:a}}\"", fn -> "#{{:a}}" end)
P.p("\"\#{%{}}\"", fn -> "#{%{}}" end)
P.p("\"\#{[a: 1]}\"", fn -> "#{[a: 1]}" end)
P.p("\"\#{[256]}\"", fn -> "#{[256]}" end)
P.p("\"\#{[1 | 2]}\"", fn -> "#{[1 | 2]}" end)
P.p("inspect(\"\\u0000\\u0001\")", fn -> inspect("\u0000\u0001") end)
P.p("inspect(<<0xC3, 0x28>>)", fn -> inspect(<<0xC3, 0x28>>) end)
P.p("inspect(\"é\\x80\")", fn -> inspect("é\x80") end)
P.p("inspect(\"\\a\\b\\t\\n\\v\\f\\r\\e\")", fn -> inspect("\a\b\t\n\v\f\r\e") end)
P.p("inspect(\"\\u2028\\u00a0\")", fn -> inspect("\u2028\u00a0") end)
P.p("inspect(\"\\u200b\")", fn -> inspect("\u200b") end)
P.p("inspect('\\u200b')", fn -> inspect('\u200b') end)
P.p("inspect([0x2028])", fn -> inspect([0x2028]) end)
P.p("inspect('ñ')", fn -> inspect('ñ') end)
P.p("inspect([241, 0])", fn -> inspect([241, 0]) end)
P.p("inspect([128])", fn -> inspect([128]) end)
P.p("inspect([160])", fn -> inspect([160]) end)
P.p("inspect(:\"é\")", fn -> inspect(:"é") end)
P.p("inspect(:\"ñandú\")", fn -> inspect(:"ñandú") end)
P.p("inspect(:Ñ)", fn -> inspect(:Ñ) end)
P.p("inspect(:\"a-b\")", fn -> inspect(:"a-b") end)
P.p("inspect(:\"a.b\")", fn -> inspect(:"a.b") end)
P.p("inspect(:\"Elixir\")", fn -> inspect(:"Elixir") end)
P.p("inspect(:\"Elixir.\")", fn -> inspect(:"Elixir.") end)
P.p("inspect(:\"Elixir.A.b\")", fn -> inspect(:"Elixir.A.b") end)
P.p("inspect(:\"Elixir.A B\")", fn -> inspect(:"Elixir.A B") end)
P.p("inspect(:\"elixir.a\")", fn -> inspect(:"elixir.a") end)
P.p("inspect(:\"A.B\")", fn -> inspect(:"A.B") end)
P.p("inspect(:\"@\")", fn -> inspect(:"@") end)
P.p("inspect(:\"a@b\")", fn -> inspect(:"a@b") end)
P.p("inspect(:\"?\")", fn -> inspect(:"?") end)
P.p("inspect(:\"a??\")", fn -> inspect(:"a??") end)
P.p("inspect(:\"%\")", fn -> inspect(:"%") end)
P.p("inspect(:\"&\")", fn -> inspect(:"&") end)
P.p("inspect(:\"=\")", fn -> inspect(:"=") end)
P.p("inspect(:\"==\")", fn -> inspect(:"==") end)
P.p("inspect(:\"=>\")", fn -> inspect(:"=>") end)
P.p("inspect(:\"->\")", fn -> inspect(:"->") end)
P.p("inspect(:\"|\")", fn -> inspect(:"|") end)
P.p("inspect(:\"||\")", fn -> inspect(:"||") end)
P.p("inspect(:\".\")", fn -> inspect(:".") end)
P.p("inspect(:\"**\")", fn -> inspect(:"**") end)
P.p("inspect(:\"<-\")", fn -> inspect(:"<-") end)
P.p("inspect(:\"\\\\\\\\\")", fn -> inspect(:"\\\\") end)
P.p("inspect(:\"::\")", fn -> inspect(:"::") end)
P.p("inspect(:\"~>>\")", fn -> inspect(:"~>>") end)
P.p("inspect(:\"<~>\")", fn -> inspect(:"<~>") end)
P.p("inspect(:\"+++\")", fn -> inspect(:"+++") end)
P.p("inspect(:\"^^^\")", fn -> inspect(:"^^^") end)
P.p("inspect(:\"|||\")", fn -> inspect(:"|||") end)
P.p("inspect(:\"..//\")", fn -> inspect(:"..//") end)
P.p("inspect(:\"unquote\")", fn -> inspect(:"unquote") end)
P.p("inspect(:\"do\")", fn -> inspect(:"do") end)
P.p("inspect(:\"end\")", fn -> inspect(:"end") end)
P.p("inspect(:\"fn\")", fn -> inspect(:"fn") end)
P.p("inspect(:\"__MODULE__\")", fn -> inspect(:"__MODULE__") end)
P.p("inspect(:\"Foo-Bar\")", fn -> inspect(:"Foo-Bar") end)
P.p("inspect(:\"Foo.Bar-x\")", fn -> inspect(:"Foo.Bar-x") end)
P.p("inspect(:\"foo\\\"bar\")", fn -> inspect(:"foo\"bar") end)
P.p("inspect(:\"foo\\\\bar\")", fn -> inspect(:"foo\\bar") end)
P.p("inspect(:\"a\\tb\")", fn -> inspect(:"a\tb") end)
P.p("inspect([{:\"a b\", 1}, {:c?, 2}, {:D, 3}, {:\"1a\", 4}, {:@, 5}])", fn -> inspect([{:"a b", 1}, {:c?, 2}, {:D, 3}, {:"1a", 4}, {:@, 5}]) end)
P.p("inspect(%{\"a b\": 1, \"1\": 2, ok?: 3, \"Ok\": 4, nil: 5, true: 6, \"A.B\": 7})", fn -> inspect(%{"a b": 1, "1": 2, ok?: 3, "Ok": 4, nil: 5, true: 6, "A.B": 7}) end)
P.p("inspect([nil: 1, true: 2, do: 3, else: 4, fn: 5])", fn -> inspect([nil: 1, true: 2, do: 3, else: 4, fn: 5]) end)
P.p("inspect(%{:+ => 1, :\"foo-bar\" => 2})", fn -> inspect(%{:+ => 1, :"foo-bar" => 2}) end)
P.p("inspect([{:+, 1}])", fn -> inspect([{:+, 1}]) end)
P.p("inspect([{:\"Elixir.Foo\", 1}])", fn -> inspect([{:"Elixir.Foo", 1}]) end)
P.p("inspect([{:\"elixir\", 1}])", fn -> inspect([{:"elixir", 1}]) end)
P.p("inspect(123456789)", fn -> inspect(123456789) end)
P.p("inspect(-123_456_789_012_345_678_901)", fn -> inspect(-123_456_789_012_345_678_901) end)
P.p("inspect(1_000_000.0)", fn -> inspect(1_000_000.0) end)
P.p("inspect(1.0e16)", fn -> inspect(1.0e16) end)
P.p("inspect(1.0e15)", fn -> inspect(1.0e15) end)
P.p("inspect(0.1 + 0.7)", fn -> inspect(0.1 + 0.7) end)
P.p("inspect(1.0e-4)", fn -> inspect(1.0e-4) end)
P.p("inspect(0.001)", fn -> inspect(0.001) end)
P.p("inspect(1/7)", fn -> inspect(1/7) end)
P.p("inspect(2.0e-308)", fn -> inspect(2.0e-308) end)
P.p("inspect(-1.5e-7)", fn -> inspect(-1.5e-7) end)
P.p("inspect(1.0e23)", fn -> inspect(1.0e23) end)
P.p("inspect(5.0e22)", fn -> inspect(5.0e22) end)
P.p("inspect(9.999999999999999e22)", fn -> inspect(9.999999999999999e22) end)
P.p("inspect(4.35)", fn -> inspect(4.35) end)
P.p("inspect(123.456)", fn -> inspect(123.456) end)
P.p("inspect(100.0e-2)", fn -> inspect(100.0e-2) end)
P.p("inspect(0.5e-6)", fn -> inspect(0.5e-6) end)

# CHECK: "#{[1, [2, 3]]}" => <<1, 2, 3>>
# CHECK-NEXT: "#{[?a, "bc"]}" => "abc"
# CHECK-NEXT: "#{1.0e-7}" => "1.0e-7"
# CHECK-NEXT: "#{-0.0}" => "-0.0"
# CHECK-NEXT: "#{:"a b"}" => "a b"
# CHECK-NEXT: "#{nil}x" => "x"
# CHECK-NEXT: "#{true}" => "true"
# CHECK-NEXT: "#{Foo}" => "Elixir.Foo"
# CHECK-NEXT: "#{"é"}" => "é"
# CHECK-NEXT: "#{[]}" => ""
# CHECK-NEXT: "#{''}" => ""
# CHECK-NEXT: "#{1..3}" !! Protocol.UndefinedError: protocol String.Chars not implemented for 1..3 of type Range (a struct)
# CHECK-NEXT: "#{{\{\{}}:a}}" !! Protocol.UndefinedError: protocol String.Chars not implemented for {:a} of type Tuple
# CHECK-NEXT: "#{%{}}" !! Protocol.UndefinedError: protocol String.Chars not implemented for %{} of type Map
# CHECK-NEXT: "#{[a: 1]}" !! ArgumentError: cannot convert the given list to a string.
# CHECK-EMPTY:
# CHECK-NEXT: To be converted to a string, a list must either be empty or only
# CHECK-NEXT: contain the following elements:
# CHECK-EMPTY:
# CHECK-NEXT:   * strings
# CHECK-NEXT:   * integers representing Unicode code points
# CHECK-NEXT:   * a list containing one of these three elements
# CHECK-EMPTY:
# CHECK-NEXT: Please check the given list or call inspect/1 to get the list representation, got:
# CHECK-EMPTY:
# CHECK-NEXT: [a: 1]
# CHECK-EMPTY:
# CHECK-NEXT: "#{[256]}" => "Ā"
# CHECK-NEXT: "#{[1 | 2]}" !! ArgumentError: cannot convert the given list to a string.
# CHECK-EMPTY:
# CHECK-NEXT: To be converted to a string, a list must either be empty or only
# CHECK-NEXT: contain the following elements:
# CHECK-EMPTY:
# CHECK-NEXT:   * strings
# CHECK-NEXT:   * integers representing Unicode code points
# CHECK-NEXT:   * a list containing one of these three elements
# CHECK-EMPTY:
# CHECK-NEXT: Please check the given list or call inspect/1 to get the list representation, got:
# CHECK-EMPTY:
# CHECK-NEXT: [1 | 2]
# CHECK-EMPTY:
# CHECK-NEXT: inspect("\u0000\u0001") => "<<0, 1>>"
# CHECK-NEXT: inspect(<<0xC3, 0x28>>) => "<<195, 40>>"
# CHECK-NEXT: inspect("é\x80") => "<<195, 169, 128>>"
# CHECK-NEXT: inspect("\a\b\t\n\v\f\r\e") => "\"\\a\\b\\t\\n\\v\\f\\r\\e\""
# CHECK-NEXT: inspect("\u2028\u00a0") => "\"  \""
# CHECK-NEXT: inspect("\u200b") => "\"​\""
# CHECK-NEXT: inspect('\u200b') => "[8203]"
# CHECK-NEXT: inspect([0x2028]) => "[8232]"
# CHECK-NEXT: inspect('ñ') => "[241]"
# CHECK-NEXT: inspect([241, 0]) => "[241, 0]"
# CHECK-NEXT: inspect([128]) => "[128]"
# CHECK-NEXT: inspect([160]) => "[160]"
# CHECK-NEXT: inspect(:"é") => ":é"
# CHECK-NEXT: inspect(:"ñandú") => ":ñandú"
# CHECK-NEXT: inspect(:Ñ) => ":Ñ"
# CHECK-NEXT: inspect(:"a-b") => ":\"a-b\""
# CHECK-NEXT: inspect(:"a.b") => ":\"a.b\""
# CHECK-NEXT: inspect(:"Elixir") => "Elixir"
# CHECK-NEXT: inspect(:"Elixir.") => ":\"Elixir.\""
# CHECK-NEXT: inspect(:"Elixir.A.b") => ":\"Elixir.A.b\""
# CHECK-NEXT: inspect(:"Elixir.A B") => ":\"Elixir.A B\""
# CHECK-NEXT: inspect(:"elixir.a") => ":\"elixir.a\""
# CHECK-NEXT: inspect(:"A.B") => ":\"A.B\""
# CHECK-NEXT: inspect(:"@") => ":@"
# CHECK-NEXT: inspect(:"a@b") => ":a@b"
# CHECK-NEXT: inspect(:"?") => ":\"?\""
# CHECK-NEXT: inspect(:"a??") => ":\"a??\""
# CHECK-NEXT: inspect(:"%") => ":%"
# CHECK-NEXT: inspect(:"&") => ":&"
# CHECK-NEXT: inspect(:"=") => ":="
# CHECK-NEXT: inspect(:"==") => ":=="
# CHECK-NEXT: inspect(:"=>") => ":\"=>\""
# CHECK-NEXT: inspect(:"->") => ":->"
# CHECK-NEXT: inspect(:"|") => ":|"
# CHECK-NEXT: inspect(:"||") => ":||"
# CHECK-NEXT: inspect(:".") => ":."
# CHECK-NEXT: inspect(:"**") => ":**"
# CHECK-NEXT: inspect(:"<-") => ":<-"
# CHECK-NEXT: inspect(:"\\\\") => ":\\\\"
# CHECK-NEXT: inspect(:"::") => ":\"::\""
# CHECK-NEXT: inspect(:"~>>") => ":~>>"
# CHECK-NEXT: inspect(:"<~>") => ":<~>"
# CHECK-NEXT: inspect(:"+++") => ":+++"
# CHECK-NEXT: inspect(:"^^^") => ":\"^^^\""
# CHECK-NEXT: inspect(:"|||") => ":|||"
# CHECK-NEXT: inspect(:"..//") => ":..//"
# CHECK-NEXT: inspect(:"unquote") => ":unquote"
# CHECK-NEXT: inspect(:"do") => ":do"
# CHECK-NEXT: inspect(:"end") => ":end"
# CHECK-NEXT: inspect(:"fn") => ":fn"
# CHECK-NEXT: inspect(:"__MODULE__") => ":__MODULE__"
# CHECK-NEXT: inspect(:"Foo-Bar") => ":\"Foo-Bar\""
# CHECK-NEXT: inspect(:"Foo.Bar-x") => ":\"Foo.Bar-x\""
# CHECK-NEXT: inspect(:"foo\"bar") => ":\"foo\\\"bar\""
# CHECK-NEXT: inspect(:"foo\\bar") => ":\"foo\\\\bar\""
# CHECK-NEXT: inspect(:"a\tb") => ":\"a\\tb\""
# CHECK-NEXT: inspect([{:"a b", 1}, {:c?, 2}, {:D, 3}, {:"1a", 4}, {:@, 5}]) => "[\"a b\": 1, c?: 2, D: 3, \"1a\": 4, @: 5]"
# CHECK-NEXT: inspect(%{"a b": 1, "1": 2, ok?: 3, "Ok": 4, nil: 5, true: 6, "A.B": 7}) => "%{\"1\": 2, \"A.B\": 7, Ok: 4, \"a b\": 1, nil: 5, ok?: 3, true: 6}"
# CHECK-NEXT: inspect([nil: 1, true: 2, do: 3, else: 4, fn: 5]) => "[nil: 1, true: 2, do: 3, else: 4, fn: 5]"
# CHECK-NEXT: inspect(%{:+ => 1, :"foo-bar" => 2}) => "%{+: 1, \"foo-bar\": 2}"
# CHECK-NEXT: inspect([{:+, 1}]) => "[+: 1]"
# CHECK-NEXT: inspect([{:"Elixir.Foo", 1}]) => "[{Foo, 1}]"
# CHECK-NEXT: inspect([{:"elixir", 1}]) => "[elixir: 1]"
# CHECK-NEXT: inspect(123456789) => "123456789"
# CHECK-NEXT: inspect(-123_456_789_012_345_678_901) => "-123456789012345678901"
# CHECK-NEXT: inspect(1_000_000.0) => "1000000.0"
# CHECK-NEXT: inspect(1.0e16) => "1.0e16"
# CHECK-NEXT: inspect(1.0e15) => "1000000000000000.0"
# CHECK-NEXT: inspect(0.1 + 0.7) => "0.7999999999999999"
# CHECK-NEXT: inspect(1.0e-4) => "0.0001"
# CHECK-NEXT: inspect(0.001) => "0.001"
# CHECK-NEXT: inspect(1/7) => "0.14285714285714285"
# CHECK-NEXT: inspect(2.0e-308) => "2.0e-308"
# CHECK-NEXT: inspect(-1.5e-7) => "-1.5e-7"
# CHECK-NEXT: inspect(1.0e23) => "1.0e23"
# CHECK-NEXT: inspect(5.0e22) => "5.0e22"
# CHECK-NEXT: inspect(9.999999999999999e22) => "1.0e23"
# CHECK-NEXT: inspect(4.35) => "4.35"
# CHECK-NEXT: inspect(123.456) => "123.456"
# CHECK-NEXT: inspect(100.0e-2) => "1.0"
# CHECK-NEXT: inspect(0.5e-6) => "5.0e-7"
