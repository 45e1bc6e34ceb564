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
P.p("IO.puts(123)", fn -> IO.puts(123) end)
P.p("IO.puts(1.5)", fn -> IO.puts(1.5) end)
P.p("IO.puts(:atom)", fn -> IO.puts(:atom) end)
P.p("IO.puts(['a', \"b\", ?c])", fn -> IO.puts(['a', "b", ?c]) end)
P.p("IO.puts(\"\")", fn -> IO.puts("") end)
P.p("IO.write([\"a\", ?b, 'c', \"\\n\"])", fn -> IO.write(["a", ?b, 'c', "\n"]) end)
P.p("IO.write(:stdio, \"stdio write\\n\")", fn -> IO.write(:stdio, "stdio write\n") end)
P.p("IO.puts(:stdio, \"stdio puts\")", fn -> IO.puts(:stdio, "stdio puts") end)
P.p("IO.puts(:stderr, \"to stderr\")", fn -> IO.puts(:stderr, "to stderr") end)
P.p("IO.inspect(:stdio, [1, 2], label: \"dev\")", fn -> IO.inspect(:stdio, [1, 2], label: "dev") end)
P.p("IO.inspect(:stderr, :x, [])", fn -> IO.inspect(:stderr, :x, []) end)
P.p("IO.binwrite(\"binwrite\\n\")", fn -> IO.binwrite("binwrite\n") end)
P.p("IO.iodata_length([\"ab\", ?c, ['de']])", fn -> IO.iodata_length(["ab", ?c, ['de']]) end)
P.p("IO.chardata_to_string(['ab', \"c\"])", fn -> IO.chardata_to_string(['ab', "c"]) end)
P.p("IO.gets(\"prompt> \")", fn -> IO.gets("prompt> ") end)
P.p("IO.read(:line)", fn -> IO.read(:line) end)
P.p("IO.inspect({1, 2}, label: \"tuple\", pretty: true)", fn -> IO.inspect({1, 2}, label: "tuple", pretty: true) end)
P.p("IO.inspect(\"x\", [label: \"kw\"])", fn -> IO.inspect("x", [label: "kw"]) end)
P.p("IO.puts(nil)", fn -> IO.puts(nil) end)
P.p("IO.puts(true)", fn -> IO.puts(true) end)
P.p("IO.puts({1})", fn -> IO.puts({1}) end)
P.p("IO.write(42)", fn -> IO.write(42) end)
P.p("IO.write(:ok)", fn -> IO.write(:ok) end)
P.p("IO.puts([\"nested\", [\"deep\", [?!]], '.'])", fn -> IO.puts(["nested", ["deep", [?!]], '.']) end)
P.p("IO.puts([])", fn -> IO.puts([]) end)
P.p("IO.puts('')", fn -> IO.puts('') end)
P.p("IO.inspect(IO.puts(\"returns\"))", fn -> IO.inspect(IO.puts("returns")) end)
P.p("IO.inspect(IO.write(\"w\"))", fn -> IO.inspect(IO.write("w")) end)
P.p("IO.ANSI.red() <> \"x\" <> IO.ANSI.reset()", fn -> IO.ANSI.red() <> "x" <> IO.ANSI.reset() end)
P.p("IO.ANSI.format([:bright, \"b\"]) |> IO.iodata_to_binary()", fn -> IO.ANSI.format([:bright, "b"]) |> IO.iodata_to_binary() end)
P.p("IO.warn(\"a warning\")", fn -> IO.warn("a warning") end)
P.p("IO.puts(String.Chars.to_string(5))", fn -> IO.puts(String.Chars.to_string(5)) end)

# CHECK: 123
# CHECK-NEXT: IO.puts(123) => :ok
# CHECK-NEXT: 1.5
# CHECK-NEXT: IO.puts(1.5) => :ok
# CHECK-NEXT: atom
# CHECK-NEXT: IO.puts(:atom) => :ok
# CHECK-NEXT: abc
# CHECK-NEXT: IO.puts(['a', "b", ?c]) => :ok
# CHECK-EMPTY:
# CHECK-NEXT: IO.puts("") => :ok
# CHECK-NEXT: abc
# CHECK-NEXT: IO.write(["a", ?b, 'c', "\n"]) => :ok
# CHECK-NEXT: stdio write
# CHECK-NEXT: IO.write(:stdio, "stdio write\n") => :ok
# CHECK-NEXT: stdio puts
# CHECK-NEXT: IO.puts(:stdio, "stdio puts") => :ok
# CHECK-NEXT: IO.puts(:stderr, "to stderr") => :ok
# CHECK-NEXT: dev: [1, 2]
# CHECK-NEXT: IO.inspect(:stdio, [1, 2], label: "dev") => [1, 2]
# CHECK-NEXT: IO.inspect(:stderr, :x, []) => :x
# CHECK-NEXT: binwrite
# CHECK-NEXT: IO.binwrite("binwrite\n") => :ok
# CHECK-NEXT: IO.iodata_length(["ab", ?c, ['de']]) => 5
# CHECK-NEXT: IO.chardata_to_string(['ab', "c"]) => "abc"
# CHECK-NEXT: prompt> IO.gets("prompt> ") => :eof
# CHECK-NEXT: IO.read(:line) => :eof
# CHECK-NEXT: tuple: {1, 2}
# CHECK-NEXT: IO.inspect({1, 2}, label: "tuple", pretty: true) => {1, 2}
# CHECK-NEXT: kw: "x"
# CHECK-NEXT: IO.inspect("x", [label: "kw"]) => "x"
# CHECK-EMPTY:
# CHECK-NEXT: IO.puts(nil) => :ok
# CHECK-NEXT: true
# CHECK-NEXT: IO.puts(true) => :ok
# CHECK-NEXT: IO.puts({1}) !! Protocol.UndefinedError: protocol String.Chars not implemented for {1} of type Tuple
# CHECK-NEXT: 42IO.write(42) => :ok
# CHECK-NEXT: okIO.write(:ok) => :ok
# CHECK-NEXT: nesteddeep!.
# CHECK-NEXT: IO.puts(["nested", ["deep", [?!]], '.']) => :ok
# CHECK-EMPTY:
# CHECK-NEXT: IO.puts([]) => :ok
# CHECK-EMPTY:
# CHECK-NEXT: IO.puts('') => :ok
# CHECK-NEXT: returns
# CHECK-NEXT: :ok
# CHECK-NEXT: IO.inspect(IO.puts("returns")) => :ok
# CHECK-NEXT: w:ok
# CHECK-NEXT: IO.inspect(IO.write("w")) => :ok
# CHECK-NEXT: IO.ANSI.red() <> "x" <> IO.ANSI.reset() => "\e[31mx\e[0m"
# CHECK-NEXT: IO.ANSI.format([:bright, "b"]) |> IO.iodata_to_binary() => "b"
# CHECK-NEXT: IO.warn("a warning") => :ok
# CHECK-NEXT: 5
# CHECK-NEXT: IO.puts(String.Chars.to_string(5)) => :ok
