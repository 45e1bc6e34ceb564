# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: FileCheck --match-full-lines --input-file %t.out %s
defmodule Parser do
  def parse("int:" <> rest), do: {:ok, String.to_integer(rest)}
  def parse(_), do: {:error, :unknown}
end
{:ok, n} = Parser.parse("int:42")
IO.puts("parsed #{n}")
for s <- ["int:1", "int:7"] do
  {:ok, v} = Parser.parse(s)
  IO.puts(v * 2)
end
{:ok, m} = Parser.parse("float:1.5")
IO.puts("unreachable #{m}")

# CHECK: parsed 42
# CHECK-NEXT: 2
# CHECK-NEXT: 14
