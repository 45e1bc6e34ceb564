# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Shape do
  def area(%{type: :circle, r: r}), do: :math.pi() * r * r
  def area(%{type: :rect, w: w, h: h}), do: w * h
  def area(%{type: :tri, a: a, b: b, c: c}) do
    s = (a + b + c) / 2
    :math.sqrt(s * (s - a) * (s - b) * (s - c))
  end
  def area(%{type: t}), do: {:unknown_shape, t}
  def perimeter(%{type: :circle, r: r}), do: 2 * :math.pi() * r
  def perimeter(%{type: :rect, w: w, h: h}), do: 2 * (w + h)
  def perimeter(%{type: :tri} = t), do: t.a + t.b + t.c
  def describe(shape) do
    case {shape, area(shape)} do
      {%{type: type}, a} when is_number(a) and a > 50 -> "large #{type}"
      {%{type: type}, a} when is_number(a) -> "small #{type} (#{Float.round(a * 1.0, 2)})"
      {_, {:unknown_shape, t}} -> "unknown: #{t}"
    end
  end
end
shapes = [
  %{type: :circle, r: 1}, %{type: :circle, r: 5}, %{type: :rect, w: 3, h: 4},
  %{type: :rect, w: 10, h: 10}, %{type: :tri, a: 3, b: 4, c: 5}, %{type: :hexagon}
]
Enum.each(shapes, &IO.puts(Shape.describe(&1)))
IO.inspect(shapes |> Enum.reject(&(&1.type == :hexagon)) |> Enum.map(&Shape.perimeter/1))
IO.inspect(shapes |> Enum.map(&Shape.area/1) |> Enum.filter(&is_number/1) |> Enum.sum() |> Float.round(3))
defmodule Cmd do
  def run(["add", a, b]), do: String.to_integer(a) + String.to_integer(b)
  def run(["neg", a]), do: -String.to_integer(a)
  def run(["echo" | words]), do: Enum.join(words, " ")
  def run(["repeat", n, w]), do: String.duplicate(w, String.to_integer(n))
  def run([cmd | _]), do: {:unknown, cmd}
  def run([]), do: :empty
end
for line <- ["add 2 40", "neg 7", "echo hello big world", "repeat 3 ab", "fly me", ""] do
  IO.inspect({line, Cmd.run(String.split(line))})
end

# CHECK: small circle (3.14)
# CHECK-NEXT: large circle
# CHECK-NEXT: small rect (12.0)
# CHECK-NEXT: large rect
# CHECK-NEXT: small tri (6.0)
# CHECK-NEXT: unknown: hexagon
# CHECK-NEXT: [6.283185307179586, 31.41592653589793, 14, 40, 12]
# CHECK-NEXT: 199.681
# CHECK-NEXT: {"add 2 40", 42}
# CHECK-NEXT: {"neg 7", -7}
# CHECK-NEXT: {"echo hello big world", "hello big world"}
# CHECK-NEXT: {"repeat 3 ab", "ababab"}
# CHECK-NEXT: {"fly me", {:unknown, "fly"}}
# CHECK-NEXT: {"", :empty}
