# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Outer do
  defmodule Inner do
    def hi, do: "inner hi"
  end
  def call_inner, do: Inner.hi()

  def greet(name, opts \\ [])
  def greet(name, opts) when is_binary(name) do
    punct = Keyword.get(opts, :punct, ".")
    "Hello #{name}#{punct}"
  end
  def greet(name, opts), do: greet(to_string(name), opts)

  def area(shape, scale \\ 1)
  def area({:sq, s}, scale), do: s * s * scale
  def area({:rect, w, h}, scale), do: w * h * scale
end
IO.puts(Outer.call_inner())
IO.puts(Outer.Inner.hi())
IO.puts(Outer.greet("Ann"))
IO.puts(Outer.greet(:bob, punct: "!"))
IO.inspect({Outer.area({:sq, 3}), Outer.area({:rect, 2, 5}, 10)})
IO.inspect(~w[alpha beta gamma])
IO.inspect(~w{a b}a)
IO.inspect(~s{curly "quotes" #{1 + 1}})
IO.inspect(~s|pipes|)
IO.inspect(~c<angle>)
IO.inspect(~S"no #{interp}\n")
IO.inspect(~w/slash separated/)
IO.inspect([?a, ?\n, ?\s, ?\\, ?", ?', ?é, ?0])
IO.inspect({1_000_000, 0x1F, 0o17, 0b101, 1.5e3, 1.0e-3, 12_3.4_5})
text = """
Line with "quotes" and 'single'
  indented #{String.upcase("interp")}
\ttab escaped, \\ backslash
"""
IO.write(text)
IO.inspect(text)
single = '''
charlist heredoc
'''
IO.inspect(single)
result =
  [1, 2, 3]
  |> Enum.map(fn x ->
    x * 2
  end)
  |> Enum.sum()
IO.inspect(result)
val = if result > 5, do: :big, else: :small
IO.inspect(val)
IO.inspect(unless(false, do: :ran))
IO.inspect(if(nil, do: 1))
IO.inspect(case 3, do: (3 -> :three; _ -> :other))
c = &(&1 <> "-" <> &2)
IO.inspect(c.("a", "b"))
nested = &Enum.map(&1, fn x -> x * &2 end)
IO.inspect(nested.([1, 2], 3))
IO.inspect(Enum.map([1, 2], &(&1 * &1 + 1)))
IO.inspect((1..4) |> Enum.map(&(&1 |> Integer.to_string() |> String.duplicate(&1))))
IO.inspect(-5 |> abs() |> Kernel.+(1))
IO.inspect(not (1 > 2))
IO.inspect(!!:truthy)
IO.inspect(1 not in [2, 3])
IO.inspect("a" <> "b" == "ab")
IO.inspect([1, 2] ++ [3] -- [2])
IO.inspect(5 - 3 - 1)
IO.inspect(2 * 3 + 4 * 5)
IO.inspect(100 / 10 / 2)
IO.inspect(2 ** 3 ** 2)
IO.inspect(-2 ** 2)
IO.inspect(1 + 2 == 3 and 4 > 3 or false)
IO.inspect(true || raise("short-circuit"))
IO.inspect(false && raise("short-circuit"))
IO.inspect([a: 1][:a])
IO.inspect(%{"k" => %{"n" => 1}}["k"]["n"])
IO.inspect(Map.get(%{}, :x) || :fallback)
IO.inspect(elem({:a, :b}, 1) |> then(&{&1, &1}))
IO.inspect(is_atom(Outer) and is_atom(:"Elixir.Outer"))
IO.inspect(Outer == :"Elixir.Outer")
IO.inspect(inspect(Outer.Inner))
IO.inspect(Module.split(Outer.Inner))
IO.inspect(Module.concat([Outer, "Inner"]))
IO.inspect(Module.concat(Foo, Bar))
alias Outer.Inner, as: In
IO.puts(In.hi())

# CHECK: inner hi
# CHECK-NEXT: inner hi
# CHECK-NEXT: Hello Ann.
# CHECK-NEXT: Hello bob!
# CHECK-NEXT: {9, 100}
# CHECK-NEXT: ["alpha", "beta", "gamma"]
# CHECK-NEXT: [:a, :b]
# CHECK-NEXT: "curly \"quotes\" 2"
# CHECK-NEXT: "pipes"
# CHECK-NEXT: 'angle'
# CHECK-NEXT: "no \#{interp}\\n"
# CHECK-NEXT: ["slash", "separated"]
# CHECK-NEXT: [97, 10, 32, 92, 34, 39, 233, 48]
# CHECK-NEXT: {1000000, 31, 15, 5, 1500.0, 0.001, 123.45}
# CHECK-NEXT: Line with "quotes" and 'single'
# CHECK-NEXT:   indented INTERP
# CHECK-NEXT: 	tab escaped, \ backslash
# CHECK-NEXT: "Line with \"quotes\" and 'single'\n  indented INTERP\n\ttab escaped, \\ backslash\n"
# CHECK-NEXT: 'charlist heredoc\n'
# CHECK-NEXT: 12
# CHECK-NEXT: :big
# CHECK-NEXT: :ran
# CHECK-NEXT: nil
# CHECK-NEXT: :three
# CHECK-NEXT: "a-b"
# CHECK-NEXT: [3, 6]
# CHECK-NEXT: [2, 5]
# CHECK-NEXT: ["1", "22", "333", "4444"]
# CHECK-NEXT: 6
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: 1
# CHECK-NEXT: 26
# CHECK-NEXT: 5.0
# CHECK-NEXT: 64
# CHECK-NEXT: 4
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: 1
# CHECK-NEXT: 1
# CHECK-NEXT: :fallback
# CHECK-NEXT: {:b, :b}
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: "Outer.Inner"
# CHECK-NEXT: ["Outer", "Inner"]
# CHECK-NEXT: Outer.Inner
# CHECK-NEXT: Foo.Bar
# CHECK-NEXT: inner hi
