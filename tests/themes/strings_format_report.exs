# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Report do
  def money(cents) when cents < 0, do: "-" <> money(-cents)
  def money(cents) do
    units = div(cents, 100)
    frac = rem(cents, 100)
    "$#{group(units)}.#{String.pad_leading(Integer.to_string(frac), 2, "0")}"
  end

  defp group(n) do
    n
    |> Integer.to_string()
    |> String.reverse()
    |> String.graphemes()
    |> Enum.chunk_every(3)
    |> Enum.map(&Enum.join/1)
    |> Enum.join(",")
    |> String.reverse()
  end

  def row(name, qty, cents) do
    String.pad_trailing(name, 12) <> String.pad_leading("#{qty}", 5) <> String.pad_leading(money(cents), 14)
  end
end

items = [{"Widget", 3, 1999}, {"Gadget", 12, 250_000}, {"Thingamajig", 1, 5}, {"Refund", 1, -12345}]
IO.puts(String.duplicate("=", 31))
Enum.each(items, fn {n, q, c} -> IO.puts(Report.row(n, q, c)) end)
IO.puts(String.duplicate("-", 31))
total = Enum.reduce(items, 0, fn {_, q, c}, acc -> acc + q * c end)
IO.puts(Report.row("TOTAL", Enum.sum(Enum.map(items, &elem(&1, 1))), total))

name = "Ada"
IO.puts("Name: #{name}, len #{String.length(name)}, up #{String.upcase(name)}")
IO.puts("Math: #{1 + 2 * 3} #{10 / 4} #{div(10, 4)} #{rem(-7, 3)}")
IO.puts("List: #{inspect([1, 2])} Tuple: #{inspect({:a, "b"})}")
IO.puts("Atom: #{:hello} nil:[#{nil}] bool: #{true}")
IO.puts("Float: #{3.0} #{0.1 + 0.2} #{1.0e10} #{123456789.0} #{1.0e-5}")
IO.puts("Chars: #{'abc'} #{[?x, ?y]}")
IO.puts("Nested: #{"inner #{"deep #{1 + 1}"}"}")
IO.puts("escapes: tab\tq\"uote\\ back #{"\#{not}"}")
heredoc = """
  indented line
    more
  back
"""
IO.write(heredoc)
IO.puts(~s(sigil "s" with #{name}))
IO.puts(~S(raw #{name} \n))
IO.inspect(~w(one two three))
IO.inspect(~w(one two)a)
IO.inspect(~c(char list))
IO.puts(String.pad_leading("|", 3, " ") <> "end")
IO.puts(Enum.map_join(1..5, " | ", &String.pad_leading(to_string(&1 * &1), 3)))
IO.puts("multi
line string")
IO.puts(["io", ?-, "list", ["nested", [?!]]])
IO.puts(:erlang.iolist_to_binary(["a", [?b, "c"]]))
IO.puts(IO.iodata_to_binary(["x", 'yz']))
IO.puts(to_string(42) <> to_string(:atom) <> to_string(1.5) <> to_string('cl'))
IO.puts("#{String.duplicate("ab", 0)}|")

# CHECK: ===============================
# CHECK-NEXT: Widget          3        $19.99
# CHECK-NEXT: Gadget         12     $2,500.00
# CHECK-NEXT: Thingamajig     1         $0.05
# CHECK-NEXT: Refund          1      -$123.45
# CHECK-NEXT: -------------------------------
# CHECK-NEXT: TOTAL          17    $29,936.57
# CHECK-NEXT: Name: Ada, len 3, up ADA
# CHECK-NEXT: Math: 7 2.5 2 -1
# CHECK-NEXT: List: [1, 2] Tuple: {:a, "b"}
# CHECK-NEXT: Atom: hello nil:[] bool: true
# CHECK-NEXT: Float: 3.0 0.30000000000000004 1.0e10 123456789.0 1.0e-5
# CHECK-NEXT: Chars: abc xy
# CHECK-NEXT: Nested: inner deep 2
# CHECK-NEXT: escapes: tab	q"uote\ back #{not}
# CHECK-NEXT:   indented line
# CHECK-NEXT:     more
# CHECK-NEXT:   back
# CHECK-NEXT: sigil "s" with Ada
# CHECK-NEXT: raw #{name} \n
# CHECK-NEXT: ["one", "two", "three"]
# CHECK-NEXT: [:one, :two]
# CHECK-NEXT: 'char list'
# CHECK-NEXT:   |end
# CHECK-NEXT:   1 |   4 |   9 |  16 |  25
# CHECK-NEXT: multi
# CHECK-NEXT: line string
# CHECK-NEXT: io-listnested!
# CHECK-NEXT: abc
# CHECK-NEXT: xyz
# CHECK-NEXT: 42atom1.5cl
# CHECK-NEXT: |
