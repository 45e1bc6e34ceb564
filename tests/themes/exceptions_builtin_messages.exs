# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: FileCheck --match-full-lines --input-file %t.out %s
defmodule Probe do
  def run(label, fun) do
    try do
      fun.()
      IO.puts("#{label}: no error")
    rescue
      e -> IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
  end
  def one(:a), do: 1
  def two(x) when is_integer(x), do: x
end

Probe.run("badarith", fn -> 1 + String.to_atom("a") |> then(fn _ -> 1 / 0 end) end)
Probe.run("div0", fn -> div(10, 0) end)
Probe.run("rem0", fn -> rem(10, 0) end)
Probe.run("float div", fn -> 5 / 0.0 end)
Probe.run("badmatch", fn -> {:ok, _} = {:error, :x} end)
Probe.run("case", fn -> case 5 do 1 -> :one end end)
Probe.run("cond", fn -> cond do false -> 1 end end)
Probe.run("fclause", fn -> Probe.one(:b) end)
Probe.run("guard clause", fn -> Probe.two("x") end)
Probe.run("badfun", fn -> x = 5; x.() end)
Probe.run("undef", fn -> apply(Probe, :nope, []) end)
Probe.run("undef mod", fn -> apply(NoSuchMod, :f, [1]) end)
Probe.run("keyerror", fn -> Map.fetch!(%{a: 1}, :b) end)
Probe.run("dot key", fn -> m = %{a: 1}; m.b end)
Probe.run("update key", fn -> %{%{a: 1} | b: 2} end)
Probe.run("atom", fn -> String.to_integer("x1") end)
Probe.run("list to atom", fn -> String.to_existing_atom("surely_not_existing_atom_xyz") end)
Probe.run("enum empty", fn -> Enum.max([]) end)
Probe.run("fetch!", fn -> Enum.fetch!([1], 3) end)
Probe.run("raise str", fn -> raise "plain" end)
Probe.run("raise mod", fn -> raise ArgumentError end)
Probe.run("raise kw", fn -> raise ArgumentError, message: "kw msg" end)
Probe.run("raise msg", fn -> raise KeyError, "custom key" end)
Probe.run("list concat", fn -> [1] ++ :a ++ [2] |> length() end)
Probe.run("protocol", fn -> Enum.map(:notenum, & &1) end)
Probe.run("to_string", fn -> "#{{1, 2}}" end)
Probe.run("bad bool", fn -> :x and true end)
Probe.run("badarg", fn -> :erlang.binary_to_atom(1, :utf8) end)
Probe.run("integer parse", fn -> String.to_float("1") end)
Probe.run("length", fn -> length([1 | 2]) end)
Probe.run("abs", fn -> abs(:a) end)
Probe.run("keyword", fn -> Keyword.fetch!([a: 1], :z) end)
Probe.run("exit in rescue", fn -> exit(:bye) end)

# CHECK: badarith: ArithmeticError: bad argument in arithmetic expression
# CHECK-NEXT: div0: ArithmeticError: bad argument in arithmetic expression
# CHECK-NEXT: rem0: ArithmeticError: bad argument in arithmetic expression
# CHECK-NEXT: float div: ArithmeticError: bad argument in arithmetic expression
# CHECK-NEXT: badmatch: MatchError: no match of right hand side value: {:error, :x}
# CHECK-NEXT: case: CaseClauseError: no case clause matching: 5
# CHECK-NEXT: cond: CondClauseError: no cond clause evaluated to a truthy value
# CHECK-NEXT: fclause: FunctionClauseError: no function clause matching in Probe.one/1
# CHECK-NEXT: guard clause: FunctionClauseError: no function clause matching in Probe.two/1
# CHECK-NEXT: badfun: BadFunctionError: expected a function, got: 5
# CHECK-NEXT: undef: UndefinedFunctionError: function Probe.nope/0 is undefined or private
# CHECK-NEXT: undef mod: UndefinedFunctionError: function NoSuchMod.f/1 is undefined (module NoSuchMod is not available)
# CHECK-NEXT: keyerror: KeyError: key :b not found in: %{a: 1}
# CHECK-NEXT: dot key: KeyError: key :b not found in: %{a: 1}
# CHECK-NEXT: update key: KeyError: key :b not found
# CHECK-NEXT: atom: ArgumentError: errors were found at the given arguments:
# CHECK-EMPTY:
# CHECK-NEXT:   * 1st argument: not a textual representation of an integer
# CHECK-EMPTY:
# CHECK-NEXT: list to atom: ArgumentError: errors were found at the given arguments:
# CHECK-EMPTY:
# CHECK-NEXT:   * 1st argument: not an already existing atom
# CHECK-EMPTY:
# CHECK-NEXT: enum empty: Enum.EmptyError: empty error
# CHECK-NEXT: fetch!: Enum.OutOfBoundsError: out of bounds error
# CHECK-NEXT: raise str: RuntimeError: plain
# CHECK-NEXT: raise mod: ArgumentError: argument error
# CHECK-NEXT: raise kw: ArgumentError: kw msg
# CHECK-NEXT: raise msg: KeyError: custom key
# CHECK-NEXT: list concat: ArgumentError: argument error
# CHECK-NEXT: protocol: Protocol.UndefinedError: protocol Enumerable not implemented for :notenum of type Atom
# CHECK-NEXT: to_string: Protocol.UndefinedError: protocol String.Chars not implemented for {1, 2} of type Tuple
# CHECK-NEXT: bad bool: BadBooleanError: expected a boolean on left-side of "and", got: :x
# CHECK-NEXT: badarg: ArgumentError: errors were found at the given arguments:
# CHECK-EMPTY:
# CHECK-NEXT:   * 1st argument: not a binary
# CHECK-EMPTY:
# CHECK-NEXT: integer parse: ArgumentError: errors were found at the given arguments:
# CHECK-EMPTY:
# CHECK-NEXT:   * 1st argument: not a textual representation of a float
# CHECK-EMPTY:
# CHECK-NEXT: length: ArgumentError: errors were found at the given arguments:
# CHECK-EMPTY:
# CHECK-NEXT:   * 1st argument: not a list
# CHECK-EMPTY:
# CHECK-NEXT: abs: ArgumentError: errors were found at the given arguments:
# CHECK-EMPTY:
# CHECK-NEXT:   * 1st argument: not a number
# CHECK-EMPTY:
# CHECK-NEXT: keyword: KeyError: key :z not found in: [a: 1]
